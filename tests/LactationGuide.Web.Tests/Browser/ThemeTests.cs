using Microsoft.Playwright;

namespace LactationGuide.Web.Tests.Browser;

/// <summary>Dark mode: the phone's setting, the reader's own choice, and Windows high contrast.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ThemeTests(BrowserSite site)
{
    private const string Colours = """
        () => {
            const rgb = c => c.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number);
            const luminance = c => {
                const [r, g, b] = rgb(c).map(v => v / 255).map(v => v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
                return 0.2126 * r + 0.7152 * g + 0.0722 * b;
            };
            const background = luminance(getComputedStyle(document.body).backgroundColor);
            const text = luminance(getComputedStyle(document.querySelector('main p')).color);
            const [light, dark] = background > text ? [background, text] : [text, background];
            return [background, (light + 0.05) / (dark + 0.05)];
        }
        """;

    [BrowserFact]
    public async Task Dark_phone_setting_gives_a_dark_page_with_readable_text()
    {
        await using var context = await site.NewContextAsync(BrowserSite.Phone, ColorScheme.Dark);
        var (page, _) = await BrowserSite.OpenAsync(context, site.Library.Articles[0].Url);

        var colours = await page.EvaluateAsync<double[]>(Colours);

        Assert.True(colours[0] < 0.05, $"background luminance {colours[0]}");
        Assert.True(colours[1] >= 7, $"text contrast {colours[1]}:1");
        Assert.Equal("true", await page.Locator(".theme-toggle").GetAttributeAsync("aria-pressed"));
    }

    [BrowserFact]
    public async Task Chosen_dark_mode_survives_a_reload_and_is_there_before_the_first_paint()
    {
        await using var context = await site.NewContextAsync(BrowserSite.Phone, ColorScheme.Light, fixDate: false);
        var (page, errors) = await BrowserSite.OpenAsync(context, site.Library.Articles[0].Url);
        var toggle = page.GetByRole(AriaRole.Button, new() { Name = "Dark mode" });
        Assert.Equal("false", await toggle.GetAttributeAsync("aria-pressed"));

        await toggle.ClickAsync();
        Assert.Equal("true", await toggle.GetAttributeAsync("aria-pressed"));

        // The first animation frame runs just before the first paint: what it sees is what the reader first sees.
        await page.AddInitScriptAsync("""
            requestAnimationFrame(() => {
                window.firstFrame = {
                    theme: document.documentElement.getAttribute('data-theme'),
                    background: getComputedStyle(document.body).backgroundColor,
                };
            });
            """);
        await page.ReloadAsync();

        Assert.Equal("dark", await page.EvaluateAsync<string>("() => window.firstFrame.theme"));
        Assert.Equal("rgb(18, 20, 22)", await page.EvaluateAsync<string>("() => window.firstFrame.background"));
        Assert.True((await page.EvaluateAsync<double[]>(Colours))[0] < 0.05);
        Assert.Empty(errors);
    }

    [BrowserFact]
    public async Task Choosing_what_the_phone_shows_goes_back_to_following_the_phone()
    {
        await using var context = await site.NewContextAsync(BrowserSite.Phone, ColorScheme.Dark);
        var (page, _) = await BrowserSite.OpenAsync(context, "/");
        var toggle = page.GetByRole(AriaRole.Button, new() { Name = "Dark mode" });

        await toggle.ClickAsync();
        Assert.Equal("light", await page.EvaluateAsync<string>("() => localStorage.getItem('theme')"));
        Assert.True((await page.EvaluateAsync<double[]>(Colours))[0] > 0.9);

        await toggle.ClickAsync();
        Assert.Null(await page.EvaluateAsync<string?>("() => localStorage.getItem('theme')"));
        Assert.Null(await page.EvaluateAsync<string?>("() => document.documentElement.getAttribute('data-theme')"));
        Assert.True((await page.EvaluateAsync<double[]>(Colours))[0] < 0.05);
    }

    /// <summary>
    /// The dark colours are written twice in site.css (for the phone's setting and for the reader's choice); a colour
    /// added to one and not the other would show only to some readers.
    /// </summary>
    [BrowserFact]
    public async Task Chosen_dark_mode_uses_exactly_the_colours_of_the_phones_dark_mode()
    {
        const string customProperties = """
            () => {
                const names = new Set();
                const walk = rules => [...rules].forEach(r => {
                    if (r.cssRules) walk(r.cssRules);
                    if (r.style) [...r.style].filter(n => n.startsWith('--')).forEach(n => names.add(n));
                });
                [...document.styleSheets].forEach(s => walk(s.cssRules));
                const style = getComputedStyle(document.documentElement);
                return [...names].sort().map(n => `${n}: ${style.getPropertyValue(n).trim()}`);
            }
            """;
        await using var darkPhone = await site.NewContextAsync(BrowserSite.Phone, ColorScheme.Dark);
        var (phonePage, _) = await BrowserSite.OpenAsync(darkPhone, "/");
        await using var lightPhone = await site.NewContextAsync(BrowserSite.Phone, ColorScheme.Light);
        var (chosenPage, _) = await BrowserSite.OpenAsync(lightPhone, "/");
        await chosenPage.EvaluateAsync("() => document.documentElement.setAttribute('data-theme', 'dark')");

        var phone = await phonePage.EvaluateAsync<string[]>(customProperties);
        var chosen = await chosenPage.EvaluateAsync<string[]>(customProperties);

        Assert.Contains("--bg: #121416", phone);
        Assert.Equal(phone, chosen);
    }

    [BrowserFact]
    public async Task High_contrast_mode_keeps_the_borders_of_callouts_and_buttons()
    {
        var article = site.Library.Articles.First(a => a.BodyHtml.Contains("callout-urgent", StringComparison.Ordinal));
        await using var context = await site.NewContextAsync(BrowserSite.Phone, options: new() { ForcedColors = ForcedColors.Active });
        var (page, _) = await BrowserSite.OpenAsync(context, article.Url);

        foreach (var selector in new[] { ".callout-urgent", ".print-button", ".theme-toggle" })
        {
            var border = await page.Locator(selector).First.EvaluateAsync<string>("e => { const s = getComputedStyle(e); return s.borderLeftStyle + ' ' + s.borderLeftWidth; }");
            Assert.StartsWith("solid", border);
            Assert.NotEqual("solid 0px", border);
        }

        Assert.Equal("active", await page.EvaluateAsync<string>("() => matchMedia('(forced-colors: active)').matches ? 'active' : 'none'"));
    }
}
