using Microsoft.Playwright;

namespace LactationGuide.Web.Tests.Browser;

/// <summary>
/// The stylesheets are written in <c>Styles/</c> with comments for their editors, and served without them
/// (<c>ServedAssets.targets</c>). Taking the spaces and comments out must not change a single rule: the browser
/// itself reads both and compares what it understood.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StylesheetBrowserTests(BrowserSite site)
{
    [BrowserTheory]
    [InlineData("site.css")]
    [InlineData("milk-label.css")]
    public async Task The_served_stylesheet_means_exactly_what_its_source_says(string file)
    {
        const string rules = """
            text => {
                const sheet = new CSSStyleSheet();
                sheet.replaceSync(text);
                return [...sheet.cssRules].map(r => r.cssText.replace(/\s+/g, ' '));
            }
            """;
        var source = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.WebProject, "Styles", file));
        await using var context = await site.NewContextAsync(BrowserSite.SmallPhone, ColorScheme.Light);
        var (page, _) = await BrowserSite.OpenAsync(context, "/");

        var served = await page.EvaluateAsync<string>("async url => (await fetch(url)).text()", $"/css/{file}");

        var written = await page.EvaluateAsync<string[]>(rules, source);
        var understood = await page.EvaluateAsync<string[]>(rules, served);

        Assert.NotEmpty(written);
        var first = written.Zip(understood).Select((pair, i) => (pair, i)).FirstOrDefault(p => p.pair.First != p.pair.Second);
        Assert.True(first.pair == default, $"rule {first.i + 1} of {file} is written\n  {first.pair.First}\nbut served as\n  {first.pair.Second}");
        Assert.Equal(written.Length, understood.Length);
    }
}
