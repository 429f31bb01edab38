using System.Globalization;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace LactationGuide.Web.Tests.Browser;

/// <summary>
/// What only a browser shows: the script filling in the reader's clock and recalculating, the label's printed size,
/// and an accessibility scan.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MilkStorageBrowserTests(BrowserSite site)
{
    [BrowserFact]
    public async Task Script_fills_in_the_readers_clock_and_recalculates_as_they_choose()
    {
        await using var context = await site.NewContextAsync(BrowserSite.Desktop);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/tools/milk-storage");

        // The page's clock reads TestClock.Now, noon UTC on 22 November 2026.
        Assert.Equal("2026-11-22T12:00", await page.InputValueAsync("#expressed"));
        Assert.False(await page.IsVisibleAsync("#now"));

        await page.CheckAsync("#place-fridge");

        var heading = page.Locator("#planner-result h2");
        await Assertions.Expect(heading).ToContainTextAsync("Use by");
        await Assertions.Expect(page.Locator("#planner-result .milk-status")).ToContainTextAsync("Still fine");
        Assert.Contains("place=fridge", page.Url);
        Assert.DoesNotContain("now=", page.Url);
    }

    [BrowserFact]
    public async Task A_shared_link_opens_with_the_status_on_this_devices_clock()
    {
        await using var context = await site.NewContextAsync(BrowserSite.Desktop);
        var page = await context.NewPageAsync();

        // Expressed a year before the device's (and the server's) date: long past any fridge time.
        var old = TestClock.Now.UtcDateTime.AddYears(-1).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
        await page.GotoAsync($"/tools/milk-storage?expressed={old}&place=fridge");

        await Assertions.Expect(page.Locator("#planner-result h2")).ToHaveTextAsync("Throw it away");
    }

    [BrowserFact]
    public async Task With_errors_the_summary_takes_the_focus_and_stays_until_the_reader_types()
    {
        // Expressed the day before the page's date (on UTC, free of clock changes): its four fridge days are still ahead.
        await using var context = await site.NewContextAsync(BrowserSite.Desktop);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/tools/milk-storage?expressed=banana&place=fridge");

        await Assertions.Expect(page.Locator(".error-summary")).ToBeFocusedAsync();

        var expressed = TestClock.Now.UtcDateTime.Date.AddDays(-1).AddHours(1);
        await page.FillAsync("#expressed", expressed.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));

        await Assertions.Expect(page.Locator(".error-summary")).ToHaveCountAsync(0);
        var useBy = expressed.AddDays(4).ToString("ddd d MMM yyyy, HH:mm", CultureInfo.GetCultureInfo("en-GB"));
        await Assertions.Expect(page.Locator("#planner-result h2")).ToContainTextAsync(useBy);
    }

    [BrowserFact]
    public async Task Printing_the_label_page_prints_only_a_62_mm_label()
    {
        await using var context = await site.NewContextAsync(BrowserSite.Desktop);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/tools/milk-storage/label?expressed=2026-11-22T01:00&place=fridge");
        Assert.True(await page.IsVisibleAsync("button.label-print"));

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        Assert.False(await page.IsVisibleAsync(".label-actions"));
        Assert.True(await page.IsVisibleAsync(".bottle-label"));
        var box = await page.Locator(".bottle-label").BoundingBoxAsync();
        Assert.InRange(box!.Width, 232, 236); // 62 mm at 96 CSS pixels per inch is 234 px.
    }

    [BrowserTheory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Planner_answers_errors_and_the_articles_storage_table_have_no_accessibility_violations(ColorScheme scheme)
    {
        await using var context = await site.NewContextAsync(BrowserSite.Desktop);
        var page = await context.NewPageAsync();
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
}
