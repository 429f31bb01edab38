using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace LactationGuide.Web.Tests.Browser;

/// <summary>
/// The header on a phone, measured as a parent meets it: small enough that the page starts on the first screen,
/// with search, the menu, dark mode and "Is my baby unwell?" each one tap away.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HeaderBrowserTests(BrowserSite site)
{
    /// <summary>Everything above <c>&lt;main&gt;</c>, at most: about half of what it was (212 px).</summary>
    private const double MaxHeader = 120;

    [BrowserTheory]
    [InlineData(390, 844, ColorScheme.Light)]
    [InlineData(390, 844, ColorScheme.Dark)]
    [InlineData(320, 640, ColorScheme.Light)]
    public async Task On_every_page_the_header_is_at_most_120px_with_44px_targets_and_no_sideways_scroll(int width, int height, ColorScheme scheme)
    {
        await using var context = await site.NewContextAsync(new() { Width = width, Height = height }, scheme);
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        foreach (var url in SitePages.All)
        {
            await page.GotoAsync(url);
            var measured = await page.EvaluateAsync<double[]>("""
                () => {
                  const shown = [...document.querySelectorAll('header a, header button')].filter(e => e.getClientRects().length > 0);
                  const small = shown.filter(e => { const r = e.getBoundingClientRect(); return r.width < 44 || r.height < 44; });
                  return [document.querySelector('main').getBoundingClientRect().top + window.scrollY,
                          document.documentElement.scrollWidth, small.length, shown.length];
                }
                """);
            if (measured[0] > MaxHeader)
            {
                problems.Add($"{url}: {measured[0]:0} px above <main>");
            }

            if (measured[1] > width)
            {
                problems.Add($"{url}: the page is {measured[1]} px wide, it scrolls sideways");
            }

            if (measured[2] > 0)
            {
                problems.Add($"{url}: {measured[2]} of the header's {measured[3]} controls are smaller than 44 x 44 px");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>
    /// A slow phone paints the header before all of it has arrived. Each button it has drawn must already be where it
    /// stays: the page is cut after each of the header's parts in turn, as the parser would leave it, and every part
    /// shown must sit exactly where it sits in the whole page (the dark-mode button, last in the page but first on the
    /// right, used to push the search and menu buttons 52 px to the left when it came).
    /// </summary>
    [BrowserTheory]
    [InlineData(390, 844)]
    [InlineData(320, 640)]
    public async Task While_the_header_is_still_arriving_nothing_already_drawn_in_it_moves(int width, int height)
    {
        await using var context = await site.NewContextAsync(new() { Width = width, Height = height }, ColorScheme.Light);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        var moved = await page.EvaluateAsync<string[]>("""
            () => {
              const inner = document.querySelector('header .header-inner');
              const parts = [...inner.children];
              const place = e => { const r = e.getBoundingClientRect(); return `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}`; };
              const drawn = e => e.getClientRects().length > 0;
              const whole = new Map(parts.filter(drawn).map(e => [e, place(e)]));
              const moved = [];
              for (let arrived = 1; arrived < parts.length; arrived++) {
                parts.slice(arrived).forEach(e => e.remove());
                parts.slice(0, arrived).filter(drawn).forEach(e => {
                  if (place(e) !== whole.get(e)) moved.push(`${e.className || e.tagName} at ${place(e)} until ${parts[arrived].className || parts[arrived].tagName} arrives, then ${whole.get(e)}`);
                });
                parts.slice(arrived).forEach(e => inner.appendChild(e));
              }
              return moved;
            }
            """);

        Assert.True(moved.Length == 0, string.Join(Environment.NewLine, moved));
    }

    /// <summary>
    /// The summary under an article's title says what the page answers (an editorial rule); on a phone it must end on
    /// the first screen, whatever the header and the title take.
    /// </summary>
    [BrowserTheory]
    [InlineData(390, 844)]
    [InlineData(320, 640)]
    public async Task On_a_phone_every_article_s_summary_ends_on_the_first_screen(int width, int height)
    {
        await using var context = await site.NewContextAsync(new() { Width = width, Height = height });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        foreach (var article in site.Library.Articles)
        {
            await page.GotoAsync(article.Url);
            var bottom = await page.Locator("main .article-header .lead").EvaluateAsync<double>("e => e.getBoundingClientRect().bottom + window.scrollY");
            if (bottom > height)
            {
                problems.Add($"{article.Url}: the summary ends at {bottom:0} px, below the first screen ({height} px)");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [BrowserTheory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Search_is_one_tap_away_on_a_phone_with_or_without_javascript(bool javaScript)
    {
        await using var context = await site.NewContextAsync(new() { Width = 320, Height = 640 }, options: new() { JavaScriptEnabled = javaScript });
        var (page, _) = await BrowserSite.OpenAsync(context, site.Library.Articles[0].Url);
        var form = page.Locator("header form[role=search]");
        Assert.False(await form.IsVisibleAsync(), "the search box should be folded away until asked for");

        await page.Locator("header .search-toggle").TapAsync();

        Assert.True(await form.IsVisibleAsync(), "one tap on Search did not show the search box");
        var input = await form.Locator("input").BoundingBoxAsync();
        var button = await form.Locator("button").BoundingBoxAsync();
        Assert.True(input is { Height: >= 44, Width: >= 150 }, $"the box is {input?.Width} x {input?.Height} px");
        Assert.True(button is { Width: >= 44, Height: >= 44 } && button.X + button.Width <= 320, $"the button is {button?.Width} x {button?.Height} px at {button?.X}");
        if (javaScript)
        {
            Assert.Equal("site-search-q", await page.EvaluateAsync<string>("() => document.activeElement.id"));
            Assert.Equal("true", await page.Locator("header .search-toggle").GetAttributeAsync("aria-expanded"));
        }

        await form.Locator("input").FillAsync("how long breast milk fridge");
        var results = page.WaitForURLAsync("**/search?q=*");
        await form.Locator("input").PressAsync("Enter");
        await results;
        Assert.Equal("/articles/milk-storage#fridge", await page.Locator("ol.search-results .search-result-title a").First.GetAttributeAsync("href"));
    }

    [BrowserFact]
    public async Task The_menu_opens_by_tap_or_keyboard_and_escape_closes_it_back_on_its_button()
    {
        await using var context = await site.NewContextAsync(BrowserSite.Phone);
        var (page, errors) = await BrowserSite.OpenAsync(context, "/");
        var toggle = page.Locator("header .menu-toggle");
        var links = page.Locator("#site-nav a");
        Assert.False(await links.First.IsVisibleAsync());

        await toggle.TapAsync();
        Assert.Equal(["Articles", "Questions", "Glossary", "About"], await links.AllTextContentsAsync());
        foreach (var link in await links.AllAsync())
        {
            var box = await link.BoundingBoxAsync();
            Assert.True(box is { Height: >= 44 } && await link.IsVisibleAsync(), $"{await link.TextContentAsync()} is {box?.Height} px high");
        }

        await links.First.FocusAsync();
        await page.Keyboard.PressAsync("Escape");
        Assert.False(await links.First.IsVisibleAsync(), "Escape did not close the menu");
        Assert.True(await toggle.EvaluateAsync<bool>("t => t === document.activeElement"), "focus did not go back to the Menu button");

        await page.Keyboard.PressAsync(" ");
        Assert.True(await links.First.IsVisibleAsync(), "Space on the Menu button did not open it");
        Assert.Equal("true", await toggle.GetAttributeAsync("aria-expanded"));
        Assert.Equal("false", await page.Locator("header .search-toggle").GetAttributeAsync("aria-expanded"));
        Assert.Empty(errors);
    }

    [BrowserTheory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task The_open_menu_and_search_have_no_WCAG_AA_violations(ColorScheme scheme)
    {
        await using var context = await site.NewContextAsync(BrowserSite.Phone, scheme);
        var (page, _) = await BrowserSite.OpenAsync(context, site.Library.Articles[0].Url);
        var problems = new List<string>();
        foreach (var toggle in new[] { ".menu-toggle", ".search-toggle" })
        {
            await page.Locator($"header {toggle}").TapAsync();
#pragma warning disable CS0618 // legacy mode: no frames here, and it is faster (see AccessibilityTests)
            var result = await page.Locator("html").RunAxeLegacy(AccessibilityTests.WcagAA);
#pragma warning restore CS0618
            problems.AddRange(result.Violations.SelectMany(v => v.Nodes.Select(n => $"{toggle} open ({scheme}): {v.Id} at {n.Target}: {v.Help}")));
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}
