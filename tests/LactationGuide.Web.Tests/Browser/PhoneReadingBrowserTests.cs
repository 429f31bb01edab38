using Deque.AxeCore.Playwright;
using LactationGuide.Web.MilkStorage;
using Microsoft.Playwright;

namespace LactationGuide.Web.Tests.Browser;

/// <summary>
/// Reading and sharing on a phone, at 390 and 320 px, light and dark: the comparison table, glossary words, the A to Z,
/// one search box, the share button beside each heading (which must not move the page when it arrives), the breadcrumb,
/// and a Print button on every page that prints as a handout.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneReadingBrowserTests(BrowserSite site)
{
    [BrowserTheory]
    [MemberData(nameof(BrowserSite.PhonesLightAndDark), MemberType = typeof(BrowserSite))]
    public async Task The_comparison_table_is_one_card_per_place_each_time_named_by_its_guideline(int width, int height, ColorScheme scheme)
    {
        await using var context = await site.NewContextAsync(new() { Width = width, Height = height }, scheme);
        var (page, errors) = await BrowserSite.OpenAsync(context, "/articles/milk-storage#guidelines-compared");
        var rules = site.Library.StorageRules!;

        var table = page.Locator("table.storage-table");
        var fits = await table.EvaluateAsync<bool>("t => t.scrollWidth <= t.clientWidth + 1 && t.getBoundingClientRect().right <= window.innerWidth");
        Assert.True(fits, "the table is wider than the screen");
        Assert.Equal(width, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"));
        var rows = await table.Locator("tbody tr").AllAsync();
        Assert.Equal(rules.Places.Length, rows.Count);
        foreach (var (row, place) in rows.Zip(rules.Places))
        {
            var header = row.Locator("th");
            Assert.True(await header.IsVisibleAsync());
            Assert.Equal(place.Heading, await header.InnerTextAsync());
            var labels = await row.Locator("td").EvaluateAllAsync<string[]>("cells => cells.map(c => getComputedStyle(c, '::before').content)");
            Assert.Equal(rules.Guidelines.Select(g => $"\"{g.Heading}\""), labels);
            // Each cell sits under its place's name, not beside it in a column that scrolls away.
            var headerBox = await header.BoundingBoxAsync();
            var cellBox = await row.Locator("td").First.BoundingBoxAsync();
            Assert.True(cellBox!.Y >= headerBox!.Y + headerBox.Height - 1, $"{place.Heading}: the times are beside the place, not under it");
        }

        Assert.Empty(errors);
    }

    [BrowserTheory]
    [MemberData(nameof(BrowserSite.PhonesLightAndDark), MemberType = typeof(BrowserSite))]
    public async Task A_glossary_word_s_button_is_on_its_line_overlaps_nothing_and_opens_the_meaning_inside_the_sentence(int width, int height, ColorScheme scheme)
    {
        var article = site.Library.Articles.OrderByDescending(a => a.GlossaryLinks.Length).First();
        await using var context = await site.NewContextAsync(new() { Width = width, Height = height }, scheme);
        var (page, errors) = await BrowserSite.OpenAsync(context, article.Url);
        var toggles = await page.Locator(".term-toggle").AllAsync();
        Assert.NotEmpty(toggles);

        var problems = new List<string>();
        foreach (var toggle in toggles)
        {
            await toggle.ScrollIntoViewIfNeededAsync();
            var layout = await toggle.EvaluateAsync<string>("""
                button => {
                  const link = button.previousElementSibling;
                  const lines = [...link.getClientRects()];
                  const last = lines[lines.length - 1];
                  const r = button.getBoundingClientRect();
                  const problems = [];
                  if (r.top > last.bottom || r.bottom < last.top) problems.push('not on the line of "' + link.textContent + '"');
                  const overlaps = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
                  for (const other of document.querySelectorAll('main a, main button')) {
                    if (other === button) continue;
                    for (const rect of other.getClientRects()) {
                      if (overlaps(r, rect)) problems.push('overlaps ' + other.outerHTML.slice(0, 60));
                    }
                  }
                  return problems.join('; ');
                }
                """);
            if (layout.Length > 0)
            {
                problems.Add(layout);
            }

            await toggle.ClickAsync();
            var sentence = await toggle.EvaluateAsync<string>("""
                button => {
                  const definition = document.getElementById(button.getAttribute('aria-controls'));
                  if (definition.hidden) return 'did not open';
                  if (getComputedStyle(definition).display !== 'inline') return 'the meaning is a ' + getComputedStyle(definition).display + ' box';
                  const after = definition.nextSibling;
                  if (!after || !after.textContent.trim()) return '';
                  const range = document.createRange();
                  range.setStart(after, 0);
                  range.setEnd(after, after.textContent.match(/^\s*\S*/)[0].length);
                  const word = range.getBoundingClientRect();
                  const next = range.getClientRects()[range.getClientRects().length - 1];
                  const end = [...definition.getClientRects()].pop();
                  // A new line is fine when the next word did not fit on the meaning's last line; not when it did.
                  const room = definition.closest('p, li, dd').getBoundingClientRect().right - end.right;
                  return next && Math.abs(next.top - end.top) > 4 && room > word.width + 12 ? 'the sentence starts a new line after the meaning' : '';
                }
                """);
            if (sentence.Length > 0)
            {
                problems.Add(await toggle.GetAttributeAsync("aria-controls") + ": " + sentence);
            }
        }

        Assert.Equal(width, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"));
#pragma warning disable CS0618 // legacy mode: no frames here, and it is faster (see AccessibilityTests)
        var axe = await page.Locator("html").RunAxeLegacy(AccessibilityTests.WcagAA);
#pragma warning restore CS0618
        problems.AddRange(axe.Violations.SelectMany(v => v.Nodes.Select(n => $"{v.Id} at {n.Target}: {v.Help}")));
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.Empty(errors);
    }

    [BrowserTheory]
    [MemberData(nameof(BrowserSite.PhonesLightAndDark), MemberType = typeof(BrowserSite))]
    public async Task The_glossary_has_an_A_to_Z_that_leads_to_each_letter_s_words(int width, int height, ColorScheme scheme)
    {
        await using var context = await site.NewContextAsync(new() { Width = width, Height = height }, scheme);
        var (page, _) = await BrowserSite.OpenAsync(context, "/glossary");
        var index = page.GetByRole(AriaRole.Navigation, new() { Name = "Glossary from A to Z" });
        var letters = site.Library.Glossary.Select(t => char.ToUpperInvariant(t.Term[0])).Distinct().Order().Select(c => c.ToString()).ToList();

        Assert.Equal(letters, await index.GetByRole(AriaRole.Link).AllInnerTextsAsync());
        foreach (var link in await index.GetByRole(AriaRole.Link).AllAsync())
        {
            var box = await link.BoundingBoxAsync();
            Assert.True(box is { Width: >= 44, Height: >= 44 }, $"{await link.InnerTextAsync()} is {box?.Width}x{box?.Height}");
        }

        var last = letters[^1];
        await index.GetByRole(AriaRole.Link, new() { Name = last, Exact = true }).TapAsync();
        var section = page.Locator($"#letter-{last.ToLowerInvariant()}");
        var top = await section.EvaluateAsync<double>("e => e.getBoundingClientRect().top");
        Assert.InRange(top, -1, height / 2);
        var terms = await page.Locator($"section[aria-labelledby='letter-{last.ToLowerInvariant()}'] dt a.self-link").AllInnerTextsAsync();
        Assert.NotEmpty(terms);
        Assert.All(terms, t => Assert.StartsWith(last, t, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(site.Library.Glossary.Length, await page.Locator(".glossary-entry").CountAsync());
        Assert.Equal(width, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"));
    }

    [BrowserTheory]
    [MemberData(nameof(BrowserSite.PhonesLightAndDark), MemberType = typeof(BrowserSite))]
    public async Task The_search_page_has_one_search_box_and_the_header_button_leads_to_it(int width, int height, ColorScheme scheme)
    {
        await using var context = await site.NewContextAsync(new() { Width = width, Height = height }, scheme);
        var (page, _) = await BrowserSite.OpenAsync(context, "/search?q=fridge");

        Assert.Equal(1, await page.Locator("input[type=search]").CountAsync());
        await page.Locator("header .search-toggle").TapAsync();
        Assert.EndsWith("#search-page-q", page.Url);
        Assert.True(await page.Locator("#search-page-q").IsVisibleAsync());
        var box = await page.Locator("#search-page-q").BoundingBoxAsync();
        Assert.True(box is { Y: >= 0 } && box.Y < height, $"the search box is at {box?.Y} px");

        var (article, _) = await BrowserSite.OpenAsync(context, "/articles/milk-storage");
        Assert.Equal(1, await article.Locator("input[type=search]").CountAsync());
    }

    /// <summary>
    /// The share button arrives with the script into room the server drew, so the page does not move: the browser's own
    /// layout-shift entries (what Lighthouse adds up as cumulative layout shift) for anything in main sum to 0.
    /// </summary>
    [BrowserTheory]
    [MemberData(nameof(BrowserSite.PhonesLightAndDark), MemberType = typeof(BrowserSite))]
    public async Task Share_buttons_and_the_print_button_arrive_without_moving_anything(int width, int height, ColorScheme scheme)
    {
        foreach (var url in new[] { "/articles/milk-storage", site.Library.Faq[0].Url, "/faq", "/unwell", "/about" })
        {
            // A fresh browser each time, as a reader arriving from a link.
            await using var context = await site.NewContextAsync(new() { Width = width, Height = height }, scheme);
            await context.AddInitScriptAsync("""
            window.layoutShift = 0;
            window.shifted = [];
            // Shifts of the page's content (main): the header's own are another test's (HeaderBrowserTests).
            new PerformanceObserver(list => {
              for (const entry of list.getEntries()) {
                const moved = entry.sources.filter(s => s.node && s.node.closest && s.node.closest('main'));
                if (moved.length > 0) {
                  window.layoutShift += entry.value;
                  window.shifted.push(...moved.map(s => s.node.outerHTML.slice(0, 80)));
                }
              }
            })
              .observe({ type: 'layout-shift', buffered: true });
            """);
            var (page, _) = await BrowserSite.OpenAsync(context, url);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await page.WaitForTimeoutAsync(300);

            Assert.True(await page.Locator(".heading-menu-toggle").First.IsVisibleAsync(), url + " has no share button");
            Assert.True(await page.EvaluateAsync<double>("() => window.layoutShift") == 0, url + " moved: " + string.Join(" | ", await page.EvaluateAsync<string[]>("() => window.shifted")));
            await page.CloseAsync();
        }
    }

    /// <summary>
    /// A slow phone, or a slow connection, paints the first part of a page before the rest has arrived. A screen style
    /// that picks the whole page by what it holds (<c>main:has(.triage)</c>) changes the layout when that part arrives,
    /// and the page jumps: the "Is my baby unwell?" page did, by 4 px, whenever it was drawn in two parts. Such styles
    /// take a class the server writes on <c>main</c> instead (<c>PageFlags.MainClass</c>); print styles may look inside,
    /// since a page is printed whole.
    /// </summary>
    [BrowserFact]
    public async Task No_screen_style_picks_the_whole_page_by_what_it_holds_so_a_page_drawn_in_parts_does_not_jump()
    {
        const string pageWideHas = """
            () => {
                const found = [];
                const pageWide = /(^|[\s>+~])(html|body|main)(\.[\w-]+|#[\w-]+|\[[^\]]*\])*:has\(/;
                const walk = rules => [...rules].forEach(r => {
                    if (r instanceof CSSMediaRule && [...r.media].every(m => m.trim() === 'print')) return;
                    if (r.selectorText) r.selectorText.split(',').filter(s => pageWide.test(s.trim())).forEach(s => found.push(s.trim()));
                    if (r.cssRules) walk(r.cssRules);
                });
                [...document.styleSheets].forEach(s => walk(s.cssRules));
                return found;
            }
            """;
        await using var context = await site.NewContextAsync(BrowserSite.SmallPhone, ColorScheme.Light);
        var (page, _) = await BrowserSite.OpenAsync(context, "/unwell");

        Assert.True(await page.EvaluateAsync<int>("() => [...document.styleSheets].reduce((n, s) => n + s.cssRules.length, 0)") > 100, "the site's stylesheet did not load");
        Assert.Empty(await page.EvaluateAsync<string[]>(pageWideHas));
        Assert.Equal("container triage-page", await page.Locator("main").GetAttributeAsync("class"));
    }

    [BrowserTheory]
    [MemberData(nameof(BrowserSite.PhonesLightAndDark), MemberType = typeof(BrowserSite))]
    public async Task One_quiet_share_button_per_heading_offers_copy_and_the_phone_s_share_sheet(int width, int height, ColorScheme scheme)
    {
        var article = site.Library.Articles[0];
        var section = article.OnThisPage.Last();
        await using var context = await site.NewContextAsync(new() { Width = width, Height = height }, scheme);
        // A phone's share sheet, as navigator.share: it records what it was given.
        await context.AddInitScriptAsync("navigator.share = data => { window.shared = data; return Promise.resolve(); };");
        var (page, errors) = await BrowserSite.OpenAsync(context, article.Url);

        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Copy link", Exact = true }).CountAsync());
        var toggle = page.GetByRole(AriaRole.Button, new() { Name = "Share the section: " + section.Text, Exact = true });
        var box = await toggle.BoundingBoxAsync();
        Assert.True(box is { Width: >= 44, Height: >= 44 }, $"the share button is {box?.Width}x{box?.Height}");
        Assert.Equal("", await toggle.EvaluateAsync<string>("b => [...b.childNodes].filter(n => n.nodeType === 3 || n.tagName === 'SPAN' && !n.classList.contains('visually-hidden')).map(n => n.textContent).join('').trim()"));

        await toggle.ClickAsync();
        var actions = page.Locator($"#{await toggle.GetAttributeAsync("aria-controls")} button");
        Assert.Equal(["Copy link", "Share\u2026"], await actions.AllInnerTextsAsync());
        Assert.Equal(width, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"));
#pragma warning disable CS0618 // legacy mode: no frames here, and it is faster (see AccessibilityTests)
        var axe = await page.Locator("html").RunAxeLegacy(AccessibilityTests.WcagAA);
#pragma warning restore CS0618
        Assert.True(axe.Violations.Length == 0, string.Join("; ", axe.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target))})")));

        await actions.Nth(1).ClickAsync();
        Assert.Equal(SiteFactory.PublicBaseUrl + article.Url[1..] + "#" + section.Id, await page.EvaluateAsync<string>("() => window.shared.url"));
        Assert.False(await actions.First.IsVisibleAsync(), "the list stays open after sharing");

        await toggle.ClickAsync();
        await page.Keyboard.PressAsync("Escape");
        Assert.False(await actions.First.IsVisibleAsync(), "Escape does not close the list");
        await Assertions.Expect(toggle).ToBeFocusedAsync();
        Assert.Empty(errors);
    }

    [BrowserFact]
    public async Task Without_a_share_sheet_the_list_offers_copy_only()
    {
        await using var context = await site.NewContextAsync(BrowserSite.SmallPhone);
        await context.AddInitScriptAsync("delete Navigator.prototype.share;");
        var (page, _) = await BrowserSite.OpenAsync(context, site.Library.Articles[0].Url);

        await page.Locator(".heading-menu-toggle").Nth(1).ClickAsync();

        Assert.Equal(["Copy link"], await page.Locator(".heading-menu:not([hidden]) button").AllInnerTextsAsync());
    }

    [BrowserTheory]
    [MemberData(nameof(BrowserSite.PhonesLightAndDark), MemberType = typeof(BrowserSite))]
    public async Task The_breadcrumb_starts_where_the_text_does_and_does_not_repeat_the_title(int width, int height, ColorScheme scheme)
    {
        await using var context = await site.NewContextAsync(new() { Width = width, Height = height }, scheme);
        foreach (var url in new[] { "/articles/milk-storage", site.Library.Faq[0].Url, "/glossary", "/tools/milk-storage" })
        {
            var (page, _) = await BrowserSite.OpenAsync(context, url);

            var lefts = await page.EvaluateAsync<double[]>("""
                () => [document.querySelector('.breadcrumb a'), document.querySelector('main h1'), [...document.querySelectorAll('main .lead, main .prose p')].find(e => e.getClientRects().length > 0)]
                  .map(e => { const range = document.createRange(); range.selectNodeContents(e); return range.getClientRects()[0].left; })
                """);
            Assert.True(Math.Abs(lefts[0] - lefts[1]) < 1 && Math.Abs(lefts[0] - lefts[2]) < 1, $"{url}: the breadcrumb starts at {lefts[0]} px, the title at {lefts[1]} px, the text at {lefts[2]} px");
            var title = await page.Locator("main h1").InnerTextAsync();
            Assert.DoesNotContain(title, await page.Locator(".breadcrumb").InnerTextAsync());
            await page.CloseAsync();
        }
    }

    public static TheoryData<string> PrintablePages() =>
    [
        "/articles/milk-storage",
        "/faq/getting-enough",
        "/faq",
        "/unwell",
        "/tools/milk-storage?expressed=2026-11-22T01:00&been=fridge+2026-11-22T01:00&to=still",
        "/tools/milk-storage/label?expressed=2026-11-22T01:00&been=fridge+2026-11-22T01:00&to=still&guideline=cdc",
    ];

    [BrowserTheory]
    [MemberData(nameof(PrintablePages))]
    public async Task Every_printable_page_has_a_print_button_that_prints_and_is_not_printed(string url)
    {
        foreach (var (width, height, scheme) in new[] { (390, 844, ColorScheme.Light), (320, 640, ColorScheme.Dark) })
        {
            await using var context = await site.NewContextAsync(new() { Width = width, Height = height }, scheme, new() { TimezoneId = "UTC" });
            var page = await context.NewPageAsync();
            await page.Clock.SetFixedTimeAsync(new DateTime(2026, 11, 22, 2, 0, 0, DateTimeKind.Unspecified));
            await page.GotoAsync(url);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var button = page.Locator("main .print-button").First;

            Assert.True(await button.IsVisibleAsync(), $"{url} at {width} px has no Print button");
            StringAssert(await button.InnerTextAsync());
            var box = await button.BoundingBoxAsync();
            Assert.True(box is { Height: >= 44, Width: >= 44 }, $"the Print button is {box?.Width}x{box?.Height}");
            await page.EvaluateAsync("() => { window.print = () => { window.printed = (window.printed || 0) + 1; }; }");
            await button.ClickAsync();
            Assert.Equal(1, await page.EvaluateAsync<int>("() => window.printed"));

            await page.EmulateMediaAsync(new() { Media = Media.Print });
            Assert.False(await button.IsVisibleAsync(), "the Print button is printed");
        }

        static void StringAssert(string text) => Assert.StartsWith("Print", text.Trim());
    }
}
