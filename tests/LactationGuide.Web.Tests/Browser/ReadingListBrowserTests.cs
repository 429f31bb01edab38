using LactationGuide.Web.ReadingLists;
using LactationGuide.Web.Tests.Content;
using LactationGuide.Web.Tests.ReadingLists;
using Microsoft.Playwright;

namespace LactationGuide.Web.Tests.Browser;

/// <summary>
/// What a consultant does with a reading list and what her client gets: a list built with and without JavaScript,
/// read on a phone, printed as one handout with a note that never leaves the page, and old links that still land.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ReadingListBrowserTests(BrowserSite site)
{
    private const string Note = "Call me on Friday, 0123 456 789, if feeds still hurt. Note-7781.";

    [BrowserFact]
    public async Task Without_JavaScript_a_list_is_built_from_an_article_and_the_builder_form_then_reordered_and_opened()
    {
        var article = site.Library.Articles.Single(a => a.Slug == "milk-storage");
        var fridge = article.OnThisPage.Single(h => h.Id == "fridge");
        await using var context = await site.NewContextAsync(BrowserSite.Phone, options: new() { JavaScriptEnabled = false });
        var (page, _) = await BrowserSite.OpenAsync(context, article.Url);

        await page.Locator("a[data-list-add='milk-storage.fridge']").ClickAsync();
        await page.WaitForURLAsync("**/list/build?items=milk-storage.fridge");
        Assert.Equal([fridge.Text], await page.Locator(".list-build-heading").AllTextContentsAsync());

        await page.Locator("details.list-build-group summary").Filter(new() { HasText = "Questions parents ask" }).ClickAsync();
        await page.GetByLabel("What are the signs of mastitis?").CheckAsync();
        var signs = page.Locator("details.list-build-group").Filter(new() { HasText = "Warning signs in your baby: call your emergency number now" });
        await signs.Locator("summary").ClickAsync();
        await signs.GetByRole(AriaRole.Checkbox).First.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the ticked items" }).ClickAsync();
        await page.WaitForURLAsync("**/list/build?items=*");
        Assert.Equal(3, await page.Locator(".list-build-items > li").CountAsync());

        var rows = page.Locator(".list-build-items > li");
        await rows.Nth(1).Locator("a", new() { HasText = "Move up" }).ClickAsync();
        await page.WaitForURLAsync("**/list/build?items=faq.mastitis,milk-storage.fridge,*");
        Assert.Equal(["What are the signs of mastitis?", fridge.Text], (await page.Locator(".list-build-heading").AllTextContentsAsync()).Take(2));
        await rows.Nth(1).Locator("a", new() { HasText = "Remove" }).ClickAsync();
        await page.WaitForURLAsync("**/list/build?items=faq.mastitis,unwell.*");
        await page.GetByRole(AriaRole.Link, new() { Name = "Open the list to send or print it" }).ClickAsync();

        await page.WaitForURLAsync("**/list?items=faq.mastitis,unwell.*");
        var headings = await page.Locator("section.list-item h2").AllTextContentsAsync();
        Assert.Equal(2, headings.Count);
        Assert.Equal("What are the signs of mastitis?", headings[0]);
        Assert.False(await page.Locator(".list-print").IsVisibleAsync(), "without a script, the Print button (which needs one) is not shown");
    }

    [BrowserFact]
    public async Task With_JavaScript_adding_from_one_page_then_another_builds_one_list()
    {
        var first = site.Library.Articles.Single(a => a.Slug == "milk-storage").OnThisPage.Single(h => h.Id == "fridge");
        var second = site.Library.Articles.Single(a => a.Slug == "getting-enough");
        var secondSection = second.OnThisPage.First();
        await using var context = await site.NewContextAsync(BrowserSite.Phone);
        var (page, errors) = await BrowserSite.OpenAsync(context, "/articles/milk-storage");

        await page.Locator("a[data-list-add='milk-storage.fridge']").ClickAsync();
        await page.WaitForURLAsync("**/list/build?items=milk-storage.fridge");
        await page.GotoAsync(second.Url);
        await page.Locator($"a[data-list-add='getting-enough.{secondSection.Id}']").ClickAsync();
        await page.WaitForURLAsync($"**/list/build?items=milk-storage.fridge,getting-enough.{secondSection.Id}");
        await page.GotoAsync("/faq");
        await page.Locator("#mastitis a[data-list-add]").ClickAsync();

        await page.WaitForURLAsync($"**/list/build?items=milk-storage.fridge,getting-enough.{secondSection.Id},faq.mastitis");
        Assert.Equal([first.Text, secondSection.Text, "What are the signs of mastitis?"], await page.Locator(".list-build-heading").AllTextContentsAsync());
        Assert.Empty(errors);
    }

    [BrowserTheory]
    [InlineData(390, 844)]
    [InlineData(320, 640)]
    public async Task A_list_opened_on_a_phone_reads_down_the_screen_with_nothing_sideways(int width, int height)
    {
        await using var context = await site.NewContextAsync(new() { Width = width, Height = height }, ColorScheme.Dark);
        var (page, errors) = await BrowserSite.OpenAsync(context, "/list?items=milk-storage.guidelines-compared,faq.mastitis,unwell.hard-to-wake");

        Assert.Equal(width, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"));
        var h1 = await page.Locator("main h1").BoundingBoxAsync();
        Assert.True(h1 is { Y: < 250 }, $"the list's title starts at {h1?.Y} px");
        Assert.True(await page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.querySelector('.list-item .prose p')).fontSize)") >= 18);
        Assert.False(await page.Locator(".handout").IsVisibleAsync(), "the QR code is for paper");
        Assert.Empty(errors);
    }

    /// <summary>
    /// The handout: at most two sheets, one QR code of the list's address, the date, each item's review date, and the
    /// client's note, which is printed but never leaves the page (H-16): no request carries it, the address never
    /// holds it, and nothing stores it.
    /// </summary>
    [BrowserFact]
    public async Task A_printed_list_has_its_QR_code_date_review_dates_and_note_on_two_sheets_and_the_note_goes_nowhere()
    {
        const string url = "/list?items=milk-storage.fridge,faq.mastitis,unwell.hard-to-wake,getting-enough.good-signs";
        await using var context = await site.NewContextAsync(BrowserSite.Desktop);
        var page = await context.NewPageAsync();
        var sent = new List<string>();
        page.Request += (_, request) => sent.Add($"{request.Method} {request.Url} {request.PostData} {string.Join(' ', request.Headers.Values)}");
        await page.Clock.SetFixedTimeAsync(new DateTime(2031, 3, 7, 20, 30, 0, DateTimeKind.Local));
        await page.GotoAsync(url);

        var urls = new List<string>();
        await page.Locator("#client-note").ClickAsync();
        foreach (var part in Note.Chunk(10))
        {
            await page.Keyboard.TypeAsync(new string(part));
            urls.Add(page.Url);
        }

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var a4 = PrintTests.PageCount(await page.PdfAsync(new() { Format = "A4" }));
        var letter = PrintTests.PageCount(await page.PdfAsync(new() { Format = "Letter" }));
        await page.EvaluateAsync("() => { window.dispatchEvent(new Event('beforeprint')); window.dispatchEvent(new Event('afterprint')); }");

        Assert.True(a4 <= 2 && letter <= 2, $"the list prints on {a4} A4 and {letter} Letter sheets");
        Assert.Equal(1, await page.Locator("svg.handout-qr").CountAsync());
        Assert.True(await page.Locator("svg.handout-qr").IsVisibleAsync());
        Assert.Equal(SiteFactory.PublicBaseUrl + url[1..], await page.Locator(".handout-url").TextContentAsync());
        Assert.Equal("Date: 7 March 2031", (await page.Locator(".list-date").TextContentAsync())!.Trim());
        Assert.True(await page.Locator(".list-date").IsVisibleAsync());
        Assert.Equal(3, await page.Locator(".list-item-review:visible").CountAsync());
        var note = page.Locator("#client-note");
        Assert.True(await note.IsVisibleAsync(), "the note is printed");
        Assert.Equal(Note, await note.InputValueAsync());
        Assert.True(await note.EvaluateAsync<bool>("n => n.scrollHeight <= n.clientHeight + 1"), "the whole note shows on paper");
        Assert.False(await page.Locator(".list-note-hint").IsVisibleAsync());

        Assert.All(urls.Append(page.Url), u => Assert.DoesNotContain("7781", u));
        Assert.DoesNotContain(sent, r => r.Contains("7781", StringComparison.Ordinal) || r.Contains("Friday", StringComparison.Ordinal));
        var stored = await page.EvaluateAsync<string>("() => JSON.stringify(Object.assign({}, localStorage, sessionStorage)) + document.cookie");
        Assert.DoesNotContain("7781", stored);
    }

    [BrowserFact]
    public async Task A_list_without_a_note_prints_no_empty_note_box()
    {
        await using var context = await site.NewContextAsync(BrowserSite.Desktop);
        var (page, _) = await BrowserSite.OpenAsync(context, "/list?items=faq.mastitis");

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        Assert.False(await page.Locator(".list-note").IsVisibleAsync());
    }

    /// <summary>
    /// The builder says whether a list fits two sheets from an estimate made on the server; the lists it says fit,
    /// up to the longest, must really print on two A4 and two Letter sheets.
    /// </summary>
    [BrowserFact]
    public async Task The_longest_lists_the_builder_says_fit_print_on_two_sheets()
    {
        var items = site.Library.ReadingLists!.Items;
        var lists = new[]
        {
            Fill(items.OrderByDescending(i => i.PrintLines)),
            Fill(items.Where(i => i.Kind == ListItemKind.Section).OrderByDescending(i => i.PrintLines)),
            Fill(items.Where(i => i.Kind != ListItemKind.Section).OrderByDescending(i => i.PrintLines)),
            Fill(items.OrderBy(i => i.Key.ToString().Length % 7).ThenByDescending(i => i.PrintLines)),
        };
        await using var context = await site.NewContextAsync(BrowserSite.Desktop);
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        foreach (var list in lists)
        {
            await page.GotoAsync(ListLinks.List(list.Select(i => i.Key)));
            await page.EmulateMediaAsync(new() { Media = Media.Print });
            var a4 = PrintTests.PageCount(await page.PdfAsync(new() { Format = "A4" }));
            var letter = PrintTests.PageCount(await page.PdfAsync(new() { Format = "Letter" }));
            if (a4 > 2 || letter > 2)
            {
                problems.Add($"{list.Count} items, {PrintEstimate.Lines(list):0} estimated lines, print on {a4} A4 and {letter} Letter sheets: {string.Join(',', list.Select(i => i.Key))}");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));

        static List<ListItem> Fill(IEnumerable<ListItem> candidates)
        {
            var list = new List<ListItem>();
            foreach (var item in candidates)
            {
                if (list.Count < ReadingListCatalog.MaxItems && PrintEstimate.FitsTwoSheets([.. list, item]))
                {
                    list.Add(item);
                }
            }

            return list;
        }
    }

    [BrowserTheory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_old_section_id_lands_on_the_renamed_section_in_a_link_and_in_a_list(bool javaScript)
    {
        var root = ContentFixture.CopyValid();
        try
        {
            ListFixture.WriteRegistry(root, ListFixture.Registry + "\n/articles/alpha#the-first-section");
            ContentFixture.Edit(root, "articles/alpha.md", "## First section", "## First section {#the-first-section aliases=first-section}");
            ContentFixture.Edit(root, "faq/one.md", "alpha.md#first-section", "alpha.md#the-first-section");
            ContentFixture.Edit(root, "articles/alpha.md", "Keep milk cold.", "Keep milk cold." + string.Concat(Enumerable.Repeat("\n\nA long paragraph to push the section down the page.", 30)));
            await using var renamed = new RenamedSite(root);
            await using var context = await site.NewContextAsync(BrowserSite.Phone, options: new() { JavaScriptEnabled = javaScript });
            var page = await context.NewPageAsync();

            await page.GotoAsync(new Uri(renamed.BaseAddress, "/articles/alpha#first-section").ToString());

            var heading = await page.Locator("h2#the-first-section").BoundingBoxAsync();
            Assert.True(heading is { Y: >= 0 and < 200 }, $"the renamed section starts {heading?.Y} px from the top");

            await page.GotoAsync(new Uri(renamed.BaseAddress, "/list?items=alpha.first-section").ToString());
            Assert.EndsWith("/list?items=alpha.the-first-section", page.Url);
            Assert.Equal("First section", (await page.Locator("section.list-item h2").TextContentAsync())!.Trim());
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>The site over fixture content in which a section was renamed, on its own port.</summary>
    private sealed class RenamedSite : SiteFactory
    {
        public RenamedSite(string root)
            : base(root)
        {
            StartOnLoopback();
        }

        public Uri BaseAddress => ClientOptions.BaseAddress;
    }
}
