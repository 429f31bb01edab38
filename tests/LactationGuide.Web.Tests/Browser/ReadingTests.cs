using Microsoft.Playwright;

namespace LactationGuide.Web.Tests.Browser;

/// <summary>What a parent reading on a phone at night notices: line length, text size, tap targets, nothing in the way.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReadingTests(BrowserSite site)
{
    private static readonly ViewportSize SmallestPhone = new() { Width = 320, Height = 640 };

    [BrowserTheory]
    [MemberData(nameof(SitePages.AllAsTheory), MemberType = typeof(SitePages))]
    public async Task Page_fits_a_320px_screen_with_nothing_fixed_over_the_text(string url)
    {
        await using var context = await site.NewContextAsync(SmallestPhone);
        var (page, errors) = await BrowserSite.OpenAsync(context, url);

        Assert.Empty(errors);
        Assert.Equal(320, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"));

        // Opened glossary meanings must fit too.
        foreach (var toggle in await page.Locator(".term-toggle").AllAsync())
        {
            await toggle.ClickAsync();
        }

        Assert.Equal(320, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"));
        var pinned = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('body *')].filter(e => ['fixed', 'sticky'].includes(getComputedStyle(e).position)).map(e => e.outerHTML.slice(0, 80))");
        Assert.Empty(pinned);
    }

    [BrowserTheory]
    [MemberData(nameof(SitePages.AllAsTheory), MemberType = typeof(SitePages))]
    public async Task Every_control_outside_running_text_is_at_least_44px_square(string url)
    {
        await using var context = await site.NewContextAsync(BrowserSite.Phone);
        var (page, _) = await BrowserSite.OpenAsync(context, url);

        // WCAG's inline exception: a link inside a sentence is sized by the text around it. Everything else counts.
        var small = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('a[href], button, summary')]
                .filter(e => e.getClientRects().length > 0 && !e.closest('.visually-hidden'))
                .filter(e => {
                    const block = e.closest('p, li, dd, dt, td, th');
                    return !block || block.textContent.trim() === e.textContent.trim();
                })
                .map(e => ({ e, r: e.getBoundingClientRect() }))
                .filter(({ r }) => r.width < 44 || r.height < 44)
                .map(({ e, r }) => `${e.outerHTML.slice(0, 90)} is ${Math.round(r.width)}x${Math.round(r.height)}`)
            """);

        Assert.True(small.Length == 0, url + ":\n" + string.Join("\n", small));
    }

    [BrowserFact]
    public async Task Article_text_is_at_least_18px_with_lines_of_at_most_about_70_characters()
    {
        await using var context = await site.NewContextAsync(BrowserSite.Desktop);
        var (page, _) = await BrowserSite.OpenAsync(context, site.Library.Articles[0].Url);

        var text = await page.EvaluateAsync<double[]>("""
            () => {
                const p = document.querySelector('.prose > p');
                const style = getComputedStyle(p);
                const canvas = document.createElement('canvas').getContext('2d');
                canvas.font = `${style.fontSize} ${style.fontFamily}`;
                const averageCharacter = canvas.measureText(p.textContent).width / p.textContent.length;
                return [parseFloat(style.fontSize), parseFloat(style.lineHeight) / parseFloat(style.fontSize), p.clientWidth / averageCharacter];
            }
            """);

        Assert.True(text[0] >= 18, $"body text is {text[0]}px");
        Assert.InRange(text[1], 1.4, 1.8);
        Assert.InRange(text[2], 45, 75);
    }
}
