using Microsoft.Playwright;

namespace LactationGuide.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class KeyboardTests(BrowserSite site)
{
    [BrowserFact]
    public async Task Skip_link_is_the_first_tab_stop_and_moves_focus_to_main()
    {
        await using var context = await site.NewContextAsync(BrowserSite.Desktop);
        var (page, _) = await BrowserSite.OpenAsync(context, site.Library.Articles[0].Url);

        await page.Keyboard.PressAsync("Tab");
        var skip = page.Locator(":focus");
        Assert.Equal("Skip to main content", await skip.TextContentAsync());
        var box = await skip.BoundingBoxAsync();
        Assert.True(box is { Y: >= 0, Height: > 0 }, "the focused skip link is on screen");

        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("main-content", await page.EvaluateAsync<string>("() => document.activeElement.id"));
    }

    [BrowserTheory]
    [MemberData(nameof(SitePages.OneOfEachKindAsTheory), MemberType = typeof(SitePages))]
    public async Task Every_control_is_reachable_with_Tab_and_visibly_focused(string url)
    {
        await using var context = await site.NewContextAsync(BrowserSite.Desktop);
        var (page, _) = await BrowserSite.OpenAsync(context, url);
        var controls = await page.EvaluateAsync<int>("""
            () => {
                // Tab enters a radio group once, at its checked (or first) button; arrow keys move within it.
                const groupStop = r => document.querySelector(`input[type=radio][name="${CSS.escape(r.name)}"]:checked`)
                    ?? document.querySelector(`input[type=radio][name="${CSS.escape(r.name)}"]`);
                const all = [...document.querySelectorAll('a[href], button, summary, input, select, textarea')]
                    // checkVisibility() leaves out what a closed <details> hides until its summary is opened.
                    .filter(e => e.checkVisibility() || e.classList.contains('skip-link'))
                    .filter(e => e.type !== 'radio' || groupStop(e) === e);
                all.forEach((e, i) => e.dataset.keyboardTest = i);
                return all.length;
            }
            """);

        var reached = new HashSet<int>();
        var unseen = new List<string>();
        // Date and time fields take one Tab per part (day, month, year, hours, minutes, AM/PM), so allow for them.
        for (var step = 0; step < (controls * 7) + 5 && reached.Count < controls; step++)
        {
            await page.Keyboard.PressAsync("Tab");
            var json = await page.EvaluateAsync<string?>("""
                () => {
                    const e = document.activeElement;
                    if (!e || e.dataset.keyboardTest === undefined) return null;
                    const s = getComputedStyle(e);
                    const outlined = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
                    return JSON.stringify({ index: Number(e.dataset.keyboardTest), visible: outlined || s.boxShadow !== 'none', html: e.outerHTML.slice(0, 80) });
                }
                """);
            if (json is null)
            {
                continue;
            }

            var focus = System.Text.Json.JsonSerializer.Deserialize<FocusState>(json, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web))!;
            reached.Add(focus.Index);
            if (!focus.Visible)
            {
                unseen.Add(focus.Html);
            }
        }

        var missed = await page.EvaluateAsync<string[]>(
            "reached => [...document.querySelectorAll('[data-keyboard-test]')].filter(e => !reached.includes(Number(e.dataset.keyboardTest))).map(e => e.outerHTML.slice(0, 100))",
            reached.ToArray());
        Assert.True(missed.Length == 0, "not reachable with Tab: " + string.Join(", ", missed));
        Assert.True(unseen.Count == 0, "no visible focus on: " + string.Join(", ", unseen));
    }

    [BrowserFact]
    public async Task Glossary_meaning_opens_with_Enter_and_closes_with_Escape()
    {
        await using var context = await site.NewContextAsync(BrowserSite.Phone);
        var article = site.Library.Articles.First(a => a.GlossaryLinks.Length > 0);
        var (page, _) = await BrowserSite.OpenAsync(context, article.Url);
        var term = site.Library.Glossary.Single(g => g.Slug == article.GlossaryLinks[0]);
        var toggle = page.GetByRole(AriaRole.Button, new() { Name = $"What does \"{term.Term}\" mean?" });
        var meaning = page.Locator("#" + await toggle.GetAttributeAsync("aria-controls"));

        await toggle.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("true", await toggle.GetAttributeAsync("aria-expanded"));
        Assert.True(await meaning.IsVisibleAsync());
        Assert.Contains(term.DefinitionText[..20], await meaning.TextContentAsync());

        await page.Keyboard.PressAsync("Escape");

        Assert.Equal("false", await toggle.GetAttributeAsync("aria-expanded"));
        Assert.False(await meaning.IsVisibleAsync());
        Assert.True(await toggle.EvaluateAsync<bool>("e => e === document.activeElement"));
        Assert.Equal(term.Url, await page.Locator($".prose a[href='{term.Url}']").First.GetAttributeAsync("href"));
    }

    private sealed record FocusState(int Index, bool Visible, string Html);
}
