using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace LactationGuide.Web.Tests.Browser;

/// <summary>
/// What only a browser shows: the script filling in the reader's clock and recalculating, the label's printed size,
/// and an accessibility scan. Uses the machine's Chromium; skips without it, except under CI=true, where it fails.
/// </summary>
public sealed class MilkStorageBrowserTests(MilkStorageBrowserTests.Host host) : IClassFixture<MilkStorageBrowserTests.Host>
{
    private const string ChromiumPath = "/usr/bin/chromium";

    [ChromiumFact]
    public async Task Script_fills_in_the_readers_clock_and_recalculates_as_they_choose()
    {
        var page = await host.NewPageAsync();
        await page.GotoAsync("/tools/milk-storage");

        var expressed = await page.InputValueAsync("#expressed");
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$", expressed);
        Assert.False(await page.IsVisibleAsync("#now"));

        await page.CheckAsync("#place-fridge");

        var heading = page.Locator("#planner-result h2");
        await Assertions.Expect(heading).ToContainTextAsync("Use by");
        await Assertions.Expect(page.Locator("#planner-result .milk-status")).ToContainTextAsync("Still fine");
        Assert.Contains("place=fridge", page.Url);
        Assert.DoesNotContain("now=", page.Url);
    }

    [ChromiumFact]
    public async Task A_shared_link_opens_with_the_status_on_this_devices_clock()
    {
        var page = await host.NewPageAsync();

        // Expressed a year ago: past its time whatever the device's clock says today.
        var old = DateTime.Now.AddYears(-1).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        await page.GotoAsync($"/tools/milk-storage?expressed={old}&place=fridge");

        await Assertions.Expect(page.Locator("#planner-result h2")).ToHaveTextAsync("Throw it away");
    }

    [ChromiumFact]
    public async Task With_errors_the_summary_takes_the_focus_and_stays_until_the_reader_types()
    {
        var page = await host.NewPageAsync();
        await page.GotoAsync("/tools/milk-storage?expressed=banana&place=fridge");

        await Assertions.Expect(page.Locator(".error-summary")).ToBeFocusedAsync();

        await page.FillAsync("#expressed", "2026-11-22T01:00");

        await Assertions.Expect(page.Locator(".error-summary")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#planner-result h2")).ToContainTextAsync("Thu 26 Nov 2026, 01:00");
    }

    [ChromiumFact]
    public async Task Printing_the_label_page_prints_only_a_62_mm_label()
    {
        var page = await host.NewPageAsync();
        await page.GotoAsync("/tools/milk-storage/label?expressed=2026-11-22T01:00&place=fridge");
        Assert.True(await page.IsVisibleAsync("button.label-print"));

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        Assert.False(await page.IsVisibleAsync(".label-actions"));
        Assert.True(await page.IsVisibleAsync(".bottle-label"));
        var box = await page.Locator(".bottle-label").BoundingBoxAsync();
        Assert.InRange(box!.Width, 232, 236); // 62 mm at 96 CSS pixels per inch is 234 px.
    }

    [ChromiumTheory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Planner_answers_errors_and_the_articles_storage_table_have_no_accessibility_violations(ColorScheme scheme)
    {
        var page = await host.NewPageAsync();
        await page.EmulateMediaAsync(new() { ColorScheme = scheme });
        foreach (var url in new[]
        {
            "/tools/milk-storage?expressed=2026-11-22T01:00&place=thawed-in-fridge&since=2026-11-22T02:00&guideline=uk",
            "/tools/milk-storage?expressed=banana&place=leftover",
            "/articles/milk-storage#guidelines-compared",
        })
        {
            await page.GotoAsync(url);
            await Assertions.Expect(page.Locator("main h1")).ToBeVisibleAsync();

            var result = await page.RunAxe();

            Assert.True(result.Violations.Length == 0, url + ": " + string.Join("; ", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target))})")));
        }
    }

    /// <summary>The site on a real port, and one Chromium for the class's tests.</summary>
    public sealed class Host : IAsyncLifetime
    {
        private readonly SiteFactory _site = new();
        private IPlaywright? _playwright;
        private IBrowser? _browser;

        public async Task InitializeAsync()
        {
            if (!File.Exists(ChromiumPath))
            {
                return;
            }

            _site.UseKestrel(0);
            _site.StartServer();
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            });
        }

        public async Task<IPage> NewPageAsync()
        {
            if (_browser is null)
            {
                throw new InvalidOperationException($"Chromium is not installed at {ChromiumPath}, and CI=true requires the browser tests to run");
            }

            var context = await _browser.NewContextAsync(new() { BaseURL = _site.ClientOptions.BaseAddress.ToString() });
            return await context.NewPageAsync();
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
    }

    private static string? SkipWithoutChromium =>
        File.Exists(ChromiumPath) || Environment.GetEnvironmentVariable("CI") == "true"
            ? null
            : $"Chromium is not installed at {ChromiumPath}; these browser tests run (and fail without it) when CI=true";

    /// <summary>A test that needs Chromium: skipped when it is missing, unless CI=true says it must run.</summary>
    private sealed class ChromiumFactAttribute : FactAttribute
    {
        public ChromiumFactAttribute() => Skip = SkipWithoutChromium;
    }

    private sealed class ChromiumTheoryAttribute : TheoryAttribute
    {
        public ChromiumTheoryAttribute() => Skip = SkipWithoutChromium;
    }
}
