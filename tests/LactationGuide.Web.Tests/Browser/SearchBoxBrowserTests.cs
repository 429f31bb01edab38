using Microsoft.Playwright;

namespace LactationGuide.Web.Tests.Browser;

/// <summary>What only a browser shows about search: the header box at phone width, and searching by keyboard.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchBoxBrowserTests(BrowserSite site)
{
    [BrowserTheory]
    [InlineData("/")]
    [InlineData("/articles/milk-storage")]
    public async Task Header_search_box_fits_a_320px_phone_with_a_44px_button(string url)
    {
        await using var context = await site.NewContextAsync(new() { Width = 320, Height = 640 });
        var (page, _) = await BrowserSite.OpenAsync(context, url);

        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways at 320px");
        await page.Locator("header .search-toggle").TapAsync();
        var button = await page.Locator("header form[role=search] button").BoundingBoxAsync();
        var input = await page.Locator("header form[role=search] input").BoundingBoxAsync();
        Assert.NotNull(button);
        Assert.NotNull(input);
        Assert.True(button.Width >= 44 && button.Height >= 44, $"button is {button.Width}x{button.Height}");
        Assert.True(input.Height >= 44, $"input is {input.Height}px high");
        Assert.True(input.Width >= 150, $"input is only {input.Width}px wide");
        Assert.True(button.X + button.Width <= 320, "the button is cut off");
    }

    [BrowserFact]
    public async Task Typing_a_question_and_pressing_enter_shows_results_without_javascript()
    {
        await using var context = await site.NewContextAsync(BrowserSite.Desktop, options: new() { JavaScriptEnabled = false });
        var (page, _) = await BrowserSite.OpenAsync(context, "/");

        await page.GetByLabel("Search the guide").First.FillAsync("how long breast milk fridge");
        // Listen before pressing: the results page can load before a wait started afterwards begins.
        var results = page.WaitForURLAsync("**/search?q=*");
        await page.Keyboard.PressAsync("Enter");
        await results;

        var first = page.Locator("ol.search-results .search-result-title a").First;
        Assert.Equal("/articles/milk-storage#fridge", await first.GetAttributeAsync("href"));
        Assert.True(await page.Locator("ol.search-results mark").First.IsVisibleAsync());
        Assert.Equal("how long breast milk fridge", await page.Locator("#search-page-q").InputValueAsync());
    }
}
