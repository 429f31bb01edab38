using Microsoft.Playwright;

namespace LactationGuide.Web.Tests.Browser;

/// <summary>What only a browser shows about search: the header box at phone width, and searching by keyboard.</summary>
public sealed class SearchBoxBrowserTests : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";
    private readonly SiteFactory _site = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            // [BrowserFact] skips these tests without Chromium outside CI, so reaching here means CI=true.
            Assert.Fail($"CI=true but there is no Chromium at {Chromium}");
        }

        _site.UseKestrel(0);
        _site.StartServer();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await _site.DisposeAsync();
    }

    [BrowserTheory]
    [InlineData("/")]
    [InlineData("/search?q=how+long+breast+milk+fridge")]
    [InlineData("/search?q=zqxjvw")]
    public async Task Header_search_box_fits_a_320px_phone_with_a_44px_button(string url)
    {

        var page = await NewPage(320, 640);
        await page.GotoAsync(url);

        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways at 320px");
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

        var context = await _browser!.NewContextAsync(new() { BaseURL = _site.ClientOptions.BaseAddress.ToString(), JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        await page.GetByLabel("Search the guide").First.FillAsync("how long breast milk fridge");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/search?q=*");

        var first = page.Locator("ol.search-results .search-result-title a").First;
        Assert.Equal("/articles/milk-storage#fridge", await first.GetAttributeAsync("href"));
        Assert.True(await page.Locator("ol.search-results mark").First.IsVisibleAsync());
        Assert.Equal("how long breast milk fridge", await page.Locator("#search-page-q").InputValueAsync());
    }

    private async Task<IPage> NewPage(int width, int height)
    {
        var context = await _browser!.NewContextAsync(new()
        {
            BaseURL = _site.ClientOptions.BaseAddress.ToString(),
            ViewportSize = new() { Width = width, Height = height },
        });
        return await context.NewPageAsync();
    }
}
