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
        foreach (var hidden in new[] { "header nav", ".breadcrumb", ".theme-toggle", ".heading-actions", ".print-button", ".pager", ".footer-links", ".skip-link" })
        {
            foreach (var element in await page.Locator(hidden).AllAsync())
            {
                Assert.False(await element.IsVisibleAsync(), hidden + " is printed");
            }
        }

        Assert.Equal("rgb(255, 255, 255)", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));
        Assert.Equal("rgb(0, 0, 0)", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('main h1')).color"));
    }

    /// <summary>
    /// Links within the site print no address (the QR code at the top carries the page, whose links work online); the
    /// sources keep theirs in the source list, and body text is 11 pt or more.
    /// </summary>
    [BrowserTheory]
    [MemberData(nameof(HandoutPages))]
    public async Task Printed_page_keeps_sources_prints_no_site_addresses_inline_and_body_text_is_11_pt_or_more(string url)
    {
        await using var context = await site.NewContextAsync(BrowserSite.Desktop);
        var (page, _) = await BrowserSite.OpenAsync(context, url);

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        var inline = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('main a[href^="/"], main a[href^="#"]')]
                .filter(a => a.getClientRects().length > 0)
                .map(a => [a.getAttribute('href'), getComputedStyle(a, '::after').content])
                .filter(([, content]) => content !== 'none' && content !== 'normal')
                .map(([href, content]) => href + ' prints ' + content)
            """);
        Assert.True(inline.Length == 0, string.Join(Environment.NewLine, inline));
        var printed = await page.Locator("main").InnerTextAsync();
        var handout = await page.Locator(".handout-url").InnerTextAsync();
        Assert.Equal(CountOf(handout, SiteFactory.PublicBaseUrl), CountOf(printed, SiteFactory.PublicBaseUrl));
        var sources = page.Locator("ol.sources a[href^='https://']").First;
        if (await page.Locator("ol.sources").IsVisibleAsync())
        {
            Assert.StartsWith("https://", await sources.InnerTextAsync());
        }

        var small = await SmallTextAsync(page);
        Assert.True(small.Length == 0, string.Join(Environment.NewLine, small));
    }

    /// <summary>
    /// The page's own words printed under 11 pt (14.67 CSS pixels): every paragraph, list item and table cell, callouts
    /// included; the source list and the one-sheet "Is my baby unwell?" are set smaller on purpose.
    /// </summary>
    private static Task<string[]> SmallTextAsync(IPage page) => page.EvaluateAsync<string[]>("""
        () => [...document.querySelectorAll('main .prose p, main .prose li, main .prose td, main .prose th, main .answer p, main .faq-entry .prose p')]
            .filter(e => e.getClientRects().length > 0 && !e.closest('.sources, .triage'))
            .filter(e => parseFloat(getComputedStyle(e).fontSize) < 14.6)
            .map(e => getComputedStyle(e).fontSize + ': ' + e.innerText.slice(0, 50))
        """);

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    /// <summary>
    /// A handout is at most two sheets. An article longer than that leaves sections out of the printout
    /// (<c>handoutLeavesOut</c> in its front matter), never safety advice; when an edit makes one longer, this says
    /// which and by how much.
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

    /// <summary>
    /// What a handout must never lose to fit two sheets: every warning sign on the page, under words that say what to
    /// do and how, and body text (the nappy chart's too) of 11 pt or more. A box's second list may leave out the lead
    /// or the way to get help its first list gave, word for word, but not one that says something else.
    /// </summary>
    [BrowserTheory]
    [MemberData(nameof(SitePages.ArticlesAsTheory), MemberType = typeof(SitePages))]
    public async Task Printed_article_keeps_every_warning_sign_and_what_to_do_at_11_pt_or_more(string url)
    {
        await using var context = await site.NewContextAsync(BrowserSite.Desktop);
        var (page, _) = await BrowserSite.OpenAsync(context, url);

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        var missing = await page.EvaluateAsync<string[]>("""
            () => {
              const shown = e => e.getClientRects().length > 0;
              const words = e => e.textContent.trim();
              const problems = [];
              for (const list of document.querySelectorAll('main .prose .warning-signs')) {
                const box = list.closest('.callout');
                const printed = selector => [...box.querySelectorAll(selector)].filter(shown).map(words);
                for (const sign of list.querySelectorAll('li[data-sign]')) {
                  if (!shown(sign)) problems.push(sign.dataset.sign + ' is not printed');
                }
                for (const part of list.querySelectorAll('.signs-lead, .signs-how')) {
                  if (!printed('.' + part.classList[0]).includes(words(part))) problems.push('"' + words(part) + '" is not printed in its box');
                }
              }
              return problems;
            }
            """);
        Assert.True(missing.Length == 0, string.Join(Environment.NewLine, missing));
        var small = await SmallTextAsync(page);
        Assert.True(small.Length == 0, string.Join(Environment.NewLine, small));
    }

    /// <summary>
    /// Every handout says that it informs and does not replace care: the article's own closing line, or the site's
    /// when that line is in a section the printout leaves out.
    /// </summary>
    [BrowserTheory]
    [MemberData(nameof(SitePages.ArticlesAsTheory), MemberType = typeof(SitePages))]
    public async Task Printed_article_says_it_gives_general_information_and_does_not_replace_care(string url)
    {
        await using var context = await site.NewContextAsync(BrowserSite.Desktop);
        var (page, _) = await BrowserSite.OpenAsync(context, url);

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        var printed = await page.Locator("body").InnerTextAsync();
        Assert.Matches("gives general information\\. It does not replace (care|advice) from your midwife", printed);
    }

    /// <summary>
    /// "Print all the questions" prints every answer, and the page says beforehand how many sheets that takes (more than
    /// a two-sheet handout: sixteen answers and their warning signs, none of which can be left out).
    /// </summary>
    [BrowserFact]
    public async Task All_questions_print_every_answer_on_the_sheets_the_page_says()
    {
        await using var context = await site.NewContextAsync(BrowserSite.Desktop);
        var (page, _) = await BrowserSite.OpenAsync(context, "/faq");
        var said = await page.Locator(".print-size").TextContentAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        var a4 = PageCount(await page.PdfAsync(new() { Format = "A4" }));
        var letter = PageCount(await page.PdfAsync(new() { Format = "Letter" }));

        var sheets = Web.Pages.Faq.IndexModel.PrintedSheets;
        Assert.Contains($"print on {sheets} sheets", said);
        Assert.True(a4 == sheets && letter == sheets, $"/faq prints on {a4} A4 and {letter} Letter pages, and says {sheets}");
        Assert.False(await page.Locator(".print-size").IsVisibleAsync(), "the note about sheets is printed");
        foreach (var entry in site.Library.Faq)
        {
            Assert.True(await page.Locator($"#{entry.Slug} .prose").IsVisibleAsync(), $"the answer to \"{entry.Question}\" is not printed");
        }
    }

    /// <summary>One answer, printed from its own page, is a one-sheet handout.</summary>
    [BrowserTheory]
    [MemberData(nameof(SitePages.AnswersAsTheory), MemberType = typeof(SitePages))]
    public async Task An_answer_prints_on_one_A4_or_Letter_page(string url)
    {
        await using var context = await site.NewContextAsync(BrowserSite.Desktop);
        var (page, _) = await BrowserSite.OpenAsync(context, url);
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        var a4 = PageCount(await page.PdfAsync(new() { Format = "A4" }));
        var letter = PageCount(await page.PdfAsync(new() { Format = "Letter" }));

        Assert.True(a4 == 1 && letter == 1, $"{url} prints on {a4} A4 and {letter} Letter pages");
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

    /// <summary>
    /// A handout names the latest day's corrections and counts the earlier ones, which the page lists online: the
    /// date tells a consultant whether her old copies are out of date, and a parent is not handed a page of history.
    /// </summary>
    [BrowserFact]
    public async Task Printed_article_shows_the_latest_corrections_and_counts_the_earlier_ones()
    {
        var article = site.Library.Articles.First(a => a.Corrections.Any(c => c.Date < a.Corrections[0].Date));
        var latest = article.Corrections.Where(c => c.Date == article.Corrections[0].Date).ToList();
        var earlier = article.Corrections.Length - latest.Count;
        await using var context = await site.NewContextAsync(BrowserSite.Desktop);
        var (page, _) = await BrowserSite.OpenAsync(context, article.Url);
        var count = page.Locator(".corrections-earlier-print");
        Assert.False(await count.IsVisibleAsync(), "the count of earlier corrections shows on screen");

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        var printed = await page.Locator(".corrections li").EvaluateAllAsync<string[]>("items => items.filter(li => li.offsetParent !== null).map(li => li.textContent)");
        Assert.Equal(latest.Select(c => c.What), printed.Select(text => text[(text.IndexOf(": ", StringComparison.Ordinal) + 2)..]));
        Assert.Equal(earlier == 1 ? "1 earlier correction is listed on the page online." : $"{earlier} earlier corrections are listed on the page online.", await count.TextContentAsync());
        Assert.True(await count.IsVisibleAsync());
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

    /// <summary>
    /// The sheets a printed PDF takes: Chromium writes one <c>/Type /Page</c> object per page, uncompressed, beside one
    /// <c>/Type /Pages</c> tree. Print styles set handouts in Arial's widths; without a font of those widths Chromium
    /// falls back to a wider one and every count is a sheet too many, so that is said first, plainly.
    /// </summary>
    internal static int PageCount(byte[] pdf)
    {
        Assert.True(ArialWidths.Value, "No font with Arial's widths is installed, so sheet counts would be wrong: install Liberation Sans (apt-get install fonts-liberation), as .ci/run does.");
        return PageObject().Count(Encoding.Latin1.GetString(pdf));
    }

    private static readonly Lazy<bool> ArialWidths = new(() =>
    {
        using var fcMatch = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("fc-match", ["-f", "%{family}", "Arial"]) { RedirectStandardOutput = true })!;
        var family = fcMatch.StandardOutput.ReadToEnd();
        fcMatch.WaitForExit();
        return new[] { "Arial", "Liberation Sans", "Arimo", "Helvetica" }.Any(f => family.Contains(f, StringComparison.Ordinal));
    });

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();
}
