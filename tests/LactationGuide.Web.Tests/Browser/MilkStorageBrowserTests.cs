using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace LactationGuide.Web.Tests.Browser;

/// <summary>
/// The planner as a tired parent uses it on a phone, with and without JavaScript: one question at a time, nothing
/// filled in unasked, the answer brought into view; the label and the printout; and an accessibility scan of each step.
/// The page's clock is set (Playwright's page.Clock) to agree with the server's stopped clock, 22 November 2026.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MilkStorageBrowserTests(BrowserSite site)
{
    private const string Planner = "/tools/milk-storage";

    /// <summary>The reader's clock: 11:00 on the morning after pumping, an hour before the server's noon (UTC).</summary>
    private static readonly DateTime ReaderNow = new(2026, 11, 22, 11, 0, 0, DateTimeKind.Unspecified);

    private const string HeadlineAnswer = Planner + "?expressed=2026-11-21T18%3A00&been=fridge%202026-11-21T18%3A00&been=freezer%202026-11-22T11%3A00&to=still";

    /// <summary>"I pumped yesterday at 6 pm, put it straight in the fridge, and I am freezing it now."</summary>
    [BrowserTheory]
    [MemberData(nameof(BrowserSite.PhonesLightAndDark), MemberType = typeof(BrowserSite))]
    public async Task With_javascript_fridge_then_freezer_gives_six_months_from_expressing_in_view_and_focused(int width, int height, ColorScheme scheme)
    {
        await using var context = await PhoneAsync(width, height, scheme, javaScript: true);
        var (page, errors) = await OpenAtReadersClockAsync(context, Planner);
        await page.EvaluateAsync("() => { window.sameDocument = true; }");

        Assert.Equal("", await page.InputValueAsync("#expressed"));
        await page.FillAsync("#expressed", "2026-11-21T18:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();

        await Assertions.Expect(page.Locator("#question-heading")).ToHaveTextAsync("Where did the milk go after you expressed it?");
        await Assertions.Expect(page.Locator("#question-heading")).ToBeFocusedAsync();
        Assert.False(await page.Locator("#at").IsVisibleAsync(), "the time field shows before it is needed");
        await page.GetByLabel("Into the fridge").CheckAsync();
        await page.GetByLabel("Straight after I expressed it").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();

        await Assertions.Expect(page.Locator("#question-heading")).ToHaveTextAsync("Where is the milk now?");
        await page.GetByLabel("Into the freezer").CheckAsync();
        Assert.Equal("", await page.InputValueAsync("#at"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Now: fill in the time now" }).ClickAsync();
        Assert.Equal("2026-11-22T11:00", await page.InputValueAsync("#at"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();

        await Assertions.Expect(page.GetByLabel("It is still in the freezer")).ToBeVisibleAsync();
        await page.GetByLabel("It is still in the freezer").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();

        var heading = page.Locator("#result-heading");
        await Assertions.Expect(heading).ToHaveTextAsync("Use by Fri 21 May 2027, 18:00");
        await Assertions.Expect(heading).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator(".milk-status")).ToHaveTextAsync("Still fine at Sun 22 Nov 2026, 11:00");
        var box = await heading.BoundingBoxAsync();
        Assert.True(box is { Y: > -1 } && box.Y + box.Height <= height, $"the answer is at {box?.Y} px, outside the {height} px screen");
        Assert.DoesNotContain("Throw", await page.Locator(".result-card").InnerTextAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => window.sameDocument === true"), "the page reloaded");
        Assert.Contains("to=still", page.Url);
        Assert.DoesNotContain("now=", page.Url);
        Assert.StartsWith("Use by Fri 21 May 2027, 18:00 –", await page.TitleAsync());
        Assert.Equal(width, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"));
        Assert.Empty(errors);
    }

    [BrowserTheory]
    [MemberData(nameof(BrowserSite.PhonesLightAndDark), MemberType = typeof(BrowserSite))]
    public async Task Without_javascript_fridge_then_freezer_gives_six_months_from_expressing_in_view(int width, int height, ColorScheme scheme)
    {
        await using var context = await PhoneAsync(width, height, scheme, javaScript: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Planner);

        await page.FillAsync("#expressed", "2026-11-21T18:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        await page.GetByLabel("Into the fridge").CheckAsync();
        await page.GetByLabel("Straight after I expressed it").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        await page.GetByLabel("Into the freezer").CheckAsync();
        await page.FillAsync("#at", "2026-11-22T11:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        await page.GetByLabel("It is still in the freezer").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();

        var heading = page.Locator("#result-heading");
        await Assertions.Expect(heading).ToHaveTextAsync("Use by Fri 21 May 2027, 18:00");
        var box = await heading.BoundingBoxAsync();
        Assert.True(box is { Y: > -1 } && box.Y + box.Height <= height, $"the answer is at {box?.Y} px, outside the {height} px screen");
        Assert.StartsWith("Compare with your clock.", await page.Locator(".milk-status").InnerTextAsync());

        // No script, no clock: the reader types the time to hear whether it is still fine.
        await page.FillAsync("#now", "2026-11-22T11:30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check" }).ClickAsync();
        await Assertions.Expect(page.Locator(".milk-status")).ToHaveTextAsync("Still fine at Sun 22 Nov 2026, 11:30");
        Assert.Equal(width, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"));
    }

    [BrowserTheory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_empty_form_says_what_is_missing_and_the_summary_takes_the_focus(bool javaScript)
    {
        await using var context = await PhoneAsync(390, 844, ColorScheme.Light, javaScript);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Planner);

        await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();

        var summary = page.Locator(".error-summary");
        await Assertions.Expect(summary).ToContainTextAsync("Enter when the milk was expressed");
        if (javaScript)
        {
            await Assertions.Expect(summary).ToBeFocusedAsync();
        }

        var box = await summary.BoundingBoxAsync();
        Assert.True(box is { Y: > -1 and < 844 }, $"the message is at {box?.Y} px");
    }

    [BrowserFact]
    public async Task A_shared_answer_says_still_fine_or_not_by_this_devices_clock()
    {
        await using var context = await PhoneAsync(390, 844, ColorScheme.Light, javaScript: true);
        var page = await context.NewPageAsync();
        // Left out from 01:00: by the CDC's 4 hours (en-US), past its time at this device's 06:00.
        await page.Clock.SetFixedTimeAsync(new DateTime(2026, 11, 22, 6, 0, 0, DateTimeKind.Unspecified));
        await page.GotoAsync($"{Planner}?expressed=2026-11-22T01:00&been=room+2026-11-22T01:00&to=still");

        await Assertions.Expect(page.Locator("#result-heading")).ToHaveTextAsync("Throw it away");
        Assert.Contains("Following CDC guidance, chosen from your browser's language setting (en-US)", await page.Locator(".result-guideline").InnerTextAsync());
        Assert.False(await page.Locator(".planner-now").IsVisibleAsync(), "the script knows the time; the box for it is not needed");
    }

    [BrowserFact]
    public async Task Back_goes_to_the_previous_question_and_change_asks_again_from_there()
    {
        await using var context = await PhoneAsync(390, 844, ColorScheme.Light, javaScript: true);
        var (page, _) = await OpenAtReadersClockAsync(context, HeadlineAnswer);
        await Assertions.Expect(page.Locator("#result-heading")).ToContainTextAsync("Use by");

        await page.Locator(".answer-change", new() { HasText = "into the freezer" }).ClickAsync();
        await Assertions.Expect(page.Locator("#question-heading")).ToHaveTextAsync("Where is the milk now?");
        await Assertions.Expect(page.GetByLabel("It is still in the fridge")).ToBeVisibleAsync();

        await page.GoBackAsync();
        await Assertions.Expect(page.Locator("#result-heading")).ToContainTextAsync("Use by");
    }

    [BrowserTheory]
    [MemberData(nameof(BrowserSite.PhonesLightAndDark), MemberType = typeof(BrowserSite))]
    public async Task The_printed_answer_leads_with_the_use_by_time_in_the_largest_type(int width, int height, ColorScheme scheme)
    {
        await using var context = await PhoneAsync(width, height, scheme, javaScript: true);
        var (page, _) = await OpenAtReadersClockAsync(context, HeadlineAnswer);
        await Assertions.Expect(page.Locator(".milk-status")).ToContainTextAsync("Still fine");
        Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = "Print this answer" }).IsVisibleAsync());

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        var printed = await page.EvaluateAsync<string[]>("""
            () => {
              const main = document.querySelector('main');
              const shown = [...main.querySelectorAll('h1, h2, h3, p, li, td, th')].filter(e => e.getClientRects().length > 0 && e.innerText.trim());
              shown.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
              const size = e => parseFloat(getComputedStyle(e).fontSize);
              const heading = document.getElementById('result-heading');
              const bigger = shown.filter(e => e !== heading && !heading.contains(e) && size(e) >= size(heading)).map(e => e.innerText.slice(0, 40));
              return [shown[0].id, String(size(heading)), String(size(document.querySelector('.milk-status strong'))), ...bigger];
            }
            """);

        Assert.Equal("result-heading", printed[0]);
        Assert.True(double.Parse(printed[1], System.Globalization.CultureInfo.InvariantCulture) > double.Parse(printed[2], System.Globalization.CultureInfo.InvariantCulture), $"use-by {printed[1]} px, status {printed[2]} px");
        Assert.True(printed.Length == 3, "as large as the use-by time: " + string.Join(" | ", printed.Skip(3)));
        Assert.False(await page.Locator("form.planner-form, .planner-now, .answer-change, .print-button").First.IsVisibleAsync());
    }

    [BrowserTheory]
    [MemberData(nameof(BrowserSite.PhonesLightAndDark), MemberType = typeof(BrowserSite))]
    public async Task The_label_page_is_styled_like_the_site_and_prints_only_a_62_mm_label(int width, int height, ColorScheme scheme)
    {
        await using var context = await PhoneAsync(width, height, scheme, javaScript: true);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{Planner}/label?expressed=2026-11-22T01:00&been=fridge+2026-11-22T01:00&to=still&guideline=cdc");
        var print = page.GetByRole(AriaRole.Button, new() { Name = "Print the label" });
        Assert.True(await print.IsVisibleAsync());
        Assert.True(await page.Locator("header.site-header").IsVisibleAsync());
        var button = await print.BoundingBoxAsync();
        Assert.True(button is { Height: >= 44 }, $"the print button is {button?.Height} px high");
        Assert.Equal("rgb(255, 255, 255)", await page.Locator(".bottle-label").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        Assert.NotEqual("rgb(239, 239, 239)", await print.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        await page.EvaluateAsync("() => { window.print = () => { window.printed = true; }; }");
        await print.ClickAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => window.printed === true"));

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        Assert.False(await page.Locator("header.site-header").IsVisibleAsync());
        Assert.False(await page.Locator(".label-actions").IsVisibleAsync());
        Assert.False(await page.Locator("main h1").IsVisibleAsync());
        var label = await page.Locator(".bottle-label").BoundingBoxAsync();
        Assert.InRange(label!.Width, 232, 236); // 62 mm at 96 CSS pixels per inch is 234 px.
        Assert.Equal("Use by", await page.Locator(".bottle-label .label-key").First.InnerTextAsync(), ignoreCase: true);
    }

    [BrowserTheory]
    [MemberData(nameof(BrowserSite.PhonesLightAndDark), MemberType = typeof(BrowserSite))]
    public async Task Every_step_of_the_planner_has_no_accessibility_violations(int width, int height, ColorScheme scheme)
    {
        await using var context = await PhoneAsync(width, height, scheme, javaScript: true);
        var page = await context.NewPageAsync();
        await page.Clock.SetFixedTimeAsync(ReaderNow);
        var problems = new List<string>();
        foreach (var url in new[]
        {
            Planner,
            Planner + "?step=expressed",
            Planner + "?expressed=2026-11-21T18:00",
            Planner + "?expressed=2026-11-21T18:00&to=fridge&step=first",
            Planner + "?expressed=2026-11-21T18:00&been=fridge+2026-11-21T18:00&to=freezer&step=next",
            HeadlineAnswer,
            Planner + "?expressed=2026-11-22T01:00&been=freezer+2026-11-22T01:00&been=thawed-in-fridge+2026-11-22T02:00&to=still&guideline=uk",
            Planner + "?expressed=2026-11-22T01:00&been=room+2026-11-22T01:00&to=still",
            Planner + "/label?expressed=2026-11-22T01:00&been=fridge+2026-11-22T01:00&to=still&guideline=cdc",
            "/articles/milk-storage#guidelines-compared",
        })
        {
            await page.GotoAsync(url);
            await Assertions.Expect(page.Locator("main h1")).ToBeVisibleAsync();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
#pragma warning disable CS0618 // legacy mode: no frames here, and it is faster (see AccessibilityTests)
            var result = await page.Locator("html").RunAxeLegacy(AccessibilityTests.WcagAA);
#pragma warning restore CS0618
            problems.AddRange(result.Violations.SelectMany(v => v.Nodes.Select(n => $"{url}: {v.Id} at {n.Target}: {v.Help}")));
            if (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") > width)
            {
                problems.Add($"{url}: scrolls sideways at {width} px");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private Task<IBrowserContext> PhoneAsync(int width, int height, ColorScheme scheme, bool javaScript) =>
        site.NewContextAsync(new() { Width = width, Height = height }, scheme, new() { JavaScriptEnabled = javaScript, TimezoneId = "UTC", Locale = "en-US" });

    private static async Task<(IPage Page, List<string> Errors)> OpenAtReadersClockAsync(IBrowserContext context, string url)
    {
        var page = await context.NewPageAsync();
        await page.Clock.SetFixedTimeAsync(ReaderNow);
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync(url);
        return (page, errors);
    }
}
