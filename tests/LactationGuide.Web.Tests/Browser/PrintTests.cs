using System.Text;
using LactationGuide.Web.WarningSigns;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace LactationGuide.Web.Tests.Browser;

/// <summary>A page printed as a handout: what is on the paper, and how many sheets it takes.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class PrintTests(BrowserSite site)
{
    public static TheoryData<string> HandoutPages() => ["/articles/milk-storage", "/faq/getting-enough", "/faq", "/unwell"];

    [BrowserTheory]
    [MemberData(nameof(HandoutPages))]
    public async Task Printed_page_shows_its_address_and_QR_code_and_hides_navigation(string url)
    {
        await using var context = await site.NewContextAsync(BrowserSite.Desktop, ColorScheme.Dark);
        var (page, _) = await BrowserSite.OpenAsync(context, url);
        await page.EvaluateAsync("() => document.documentElement.setAttribute('data-theme', 'dark')");

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        Assert.Equal(SiteFactory.PublicBaseUrl + url[1..], await page.Locator(".handout-url").TextContentAsync());
        var qr = await page.Locator("svg.handout-qr").BoundingBoxAsync();
        Assert.True(qr is { Width: > 80, Height: > 80 }, "the QR code is big enough to scan");
        foreach (var hidden in new[] { "header nav", ".breadcrumb", ".theme-toggle", ".copy-link", ".pager", ".footer-links", ".skip-link" })
        {
            foreach (var element in await page.Locator(hidden).AllAsync())
            {
                Assert.False(await element.IsVisibleAsync(), hidden + " is printed");
            }
        }

        Assert.Equal("rgb(255, 255, 255)", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));
        Assert.Equal("rgb(0, 0, 0)", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('main h1')).color"));
    }

    [BrowserFact]
    public async Task Printed_article_keeps_review_dates_and_sources_and_shows_where_links_lead()
    {
        var article = site.Library.Articles.First(a => a.GlossaryLinks.Length > 0);
        await using var context = await site.NewContextAsync(BrowserSite.Desktop);
        var (page, _) = await BrowserSite.OpenAsync(context, article.Url);

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        Assert.True(await page.Locator(".review-dates").IsVisibleAsync());
        Assert.True(await page.Locator("ol.sources").IsVisibleAsync());
        var term = site.Library.Glossary.Single(g => g.Slug == article.GlossaryLinks[0]);
        var printed = await page.Locator($".prose a[href='{term.Url}']").First.EvaluateAsync<string>("a => getComputedStyle(a, '::after').content");
        Assert.Equal($"\" (\" \"{SiteFactory.PublicBaseUrl}glossary#{term.Slug}\" \")\"".Replace("\" \"", ""), printed.Replace("\" \"", ""));
    }

    /// <summary>
    /// A handout is at most two sheets. An article longer than that leaves sections out of the printout
    /// (<c>handoutLeavesOut</c> in its front matter); when an edit makes one longer, this says which and by how much.
    /// </summary>
    [BrowserTheory]
    [MemberData(nameof(SitePages.ArticlesAsTheory), MemberType = typeof(SitePages))]
    public async Task Article_prints_on_at_most_two_A4_or_Letter_pages(string url)
    {
        await using var context = await site.NewContextAsync(BrowserSite.Desktop);
        var (page, _) = await BrowserSite.OpenAsync(context, url);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var words = await page.EvaluateAsync<int>("() => document.body.innerText.split(/\\s+/).filter(w => w).length");

        var a4 = PageCount(await page.PdfAsync(new() { Format = "A4" }));
        var letter = PageCount(await page.PdfAsync(new() { Format = "Letter" }));

        Assert.True(a4 <= 2 && letter <= 2, $"{url} prints {words} words on {a4} A4 and {letter} Letter pages; leave a section out of its handout (handoutLeavesOut) or shorten it");
    }

    /// <summary>The warning signs are the page a consultant pins to a fridge: one sheet, every sign, and where the sources are.</summary>
    [BrowserFact]
    public async Task Unwell_page_prints_every_sign_on_one_A4_or_Letter_page()
    {
        await using var context = await site.NewContextAsync(BrowserSite.Desktop);
        var (page, _) = await BrowserSite.OpenAsync(context, "/unwell");
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        var a4 = PageCount(await page.PdfAsync(new() { Format = "A4" }));
        var letter = PageCount(await page.PdfAsync(new() { Format = "Letter" }));

        Assert.True(a4 == 1 && letter == 1, $"/unwell prints on {a4} A4 and {letter} Letter pages");
        foreach (var sign in site.Library.WarningSigns!.Signs)
        {
            Assert.True(await page.Locator($"li#{sign.Id}").IsVisibleAsync(), $"#{sign.Id} is not printed");
        }

        // No room for the source list on one sheet: the sheet says where it is instead.
        Assert.Contains("sources are listed on this page online", await page.Locator(".triage-sources-print").TextContentAsync());
        Assert.True(await page.Locator(".triage-sources-print").IsVisibleAsync());
    }

    [BrowserFact]
    public async Task Printed_article_leaves_out_the_sections_it_names_and_says_which()
    {
        var article = site.Library.Articles.First(a => a.LeftOutOfHandout.Length > 0);
        var leftOut = article.LeftOutOfHandout[0];
        await using var context = await site.NewContextAsync(BrowserSite.Desktop);
        var (page, _) = await BrowserSite.OpenAsync(context, article.Url);
        var section = page.Locator($"h2#{leftOut.Id}");
        var note = page.Locator(".handout-left-out-note");
        var hiddenSources = page.Locator("ol.sources > li.handout-left-out");
        Assert.True(await section.IsVisibleAsync(), "on screen the whole article shows");
        Assert.False(await note.IsVisibleAsync());

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        Assert.False(await section.IsVisibleAsync(), $"#{leftOut.Id} is printed");
        Assert.True(await note.IsVisibleAsync());
        foreach (var heading in article.LeftOutOfHandout)
        {
            Assert.Contains(heading.Text, await note.TextContentAsync());
        }

        foreach (var source in await hiddenSources.AllAsync())
        {
            Assert.False(await source.IsVisibleAsync());
        }

        // Hiding a source must not renumber the rest: each printed number still matches the citations in the text.
        var printedNumbers = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('ol.sources > li')].filter(li => li.offsetParent !== null).map(li => li.id + '=' + li.value)");
        foreach (var entry in printedNumbers)
        {
            var (id, number) = (entry.Split('=')[0], entry.Split('=')[1]);
            var cited = await page.Locator($".prose a.citation[href='#{id}'] sup").First.TextContentAsync();
            Assert.Equal("source " + number, cited);
        }
    }

    /// <summary>Chromium writes one <c>/Type /Page</c> object per page, uncompressed, beside one <c>/Type /Pages</c> tree.</summary>
    internal static int PageCount(byte[] pdf) => PageObject().Count(Encoding.Latin1.GetString(pdf));

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();
}
