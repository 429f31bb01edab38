using System.Net;
using AngleSharp.Dom;
using LactationGuide.Web.Content;
using LactationGuide.Web.MilkStorage;
using Microsoft.Extensions.DependencyInjection;

namespace LactationGuide.Web.Tests.Pages;

/// <summary>The planner over HTTP, as a reader's browser uses it: a plain GET form, with and without the script's help.</summary>
[Collection(SiteCollection.Name)]
public sealed class MilkStoragePageTests(SiteFactory site)
{
    private const string Planner = "/tools/milk-storage";
    private readonly HttpClient _client = site.CreateClient();

    [Fact]
    public async Task Empty_form_has_a_label_for_every_field_legends_for_choices_and_no_errors()
    {
        var (response, page) = await HtmlPage.GetAsync(_client, Planner);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var form = page.QuerySelector("main form")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal(Planner, form.GetAttribute("action"));
        var inputs = form.QuerySelectorAll("input").ToList();
        Assert.NotEmpty(inputs);
        Assert.All(inputs, i => Assert.NotNull(page.QuerySelector($"label[for='{i.Id}']")));
        Assert.Equal(["Where is the milk now?", "Which guidance do you follow?"], form.QuerySelectorAll("fieldset > legend").Select(l => l.Text()));
        Assert.Equal(7, form.QuerySelectorAll("input[name=place]").Length);
        Assert.Equal("cdc", form.QuerySelector("input[name=guideline][checked]")?.GetAttribute("value"));
        Assert.Null(page.QuerySelector(".error-summary"));
        Assert.Equal("polite", page.QuerySelector("#planner-result")?.GetAttribute("aria-live"));
        Assert.Contains("healthy baby born at full term", page.QuerySelector(".planner-scope").Text());
    }

    [Fact]
    public async Task Valid_input_shows_the_use_by_the_status_why_the_source_and_what_next()
    {
        var (response, page) = await HtmlPage.GetAsync(_client, $"{Planner}?expressed=2026-11-22T01:00&place=fridge&now=2026-11-22T02:00");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = page.QuerySelector("#planner-result")!;
        Assert.Equal("Use by Thu 26 Nov 2026, 01:00", result.QuerySelector("h2").Text());
        Assert.Equal("2026-11-26T01:00", result.QuerySelector("h2 time")?.GetAttribute("datetime"));
        Assert.StartsWith("Still fine", result.QuerySelector(".milk-status").Text());
        Assert.Contains(result.QuerySelectorAll(".result-why li"), li => li.Text() == "CDC: Up to 4 days at 4 °C (40 °F) or colder.");
        Assert.StartsWith("https://www.cdc.gov/", result.QuerySelector(".result-sources a")?.GetAttribute("href"));
        Assert.Contains(result.QuerySelectorAll(".result-next li"), li => li.Text().StartsWith("Keep it at the back of the fridge", StringComparison.Ordinal));
        PageTests.AssertLayout(page);
    }

    [Fact]
    public async Task Guidelines_that_differ_are_shown_side_by_side()
    {
        var (_, page) = await HtmlPage.GetAsync(_client, $"{Planner}?expressed=2026-11-22T01:00&place=fridge&guideline=abm");

        var rows = page.QuerySelectorAll(".result-compare tbody tr")
            .Select(r => (r.QuerySelector("th").Text(), r.QuerySelector("td").Text()))
            .ToList();

        Assert.Equal("The guidelines side by side", page.QuerySelector(".result-compare caption").Text());
        Assert.Equal(
            [
                ("CDC (US)", "Thu 26 Nov 2026, 01:00"),
                ("ABM Protocol #8 (2017) (your choice)", "Thu 26 Nov 2026, 01:00"),
                ("UK: NHS and Breastfeeding Network (BfN)", "Wed 25 Nov 2026, 01:00"),
            ],
            rows);
    }

    [Fact]
    public async Task Without_the_readers_clock_the_answer_says_compare_with_your_clock_instead_of_guessing()
    {
        var (_, page) = await HtmlPage.GetAsync(_client, $"{Planner}?expressed=2026-11-22T01:00&place=room");

        var status = page.QuerySelector("#planner-result .milk-status").Text();

        Assert.StartsWith("Compare with your clock.", status);
        Assert.DoesNotContain("Still fine", page.QuerySelector("#planner-result").Text());
        Assert.Equal("Use by Sun 22 Nov 2026, 05:00", page.QuerySelector("#planner-result h2").Text());
    }

    [Fact]
    public async Task Milk_past_its_time_says_throw_it_away_with_no_label()
    {
        var (_, page) = await HtmlPage.GetAsync(_client, $"{Planner}?expressed=2026-11-22T01:00&place=leftover&since=2026-11-22T02:00&now=2026-11-22T04:30");

        Assert.Equal("Throw it away", page.QuerySelector("#planner-result h2").Text());
        Assert.Contains("Throw it away. Do not give it to your baby.", page.QuerySelector(".result-next").Text());
        Assert.Null(page.QuerySelector("#planner-result a[href*='/label']"));
    }

    [Fact]
    public async Task Leftover_milk_without_its_history_says_it_was_counted_as_fresh_and_how_to_say_otherwise()
    {
        var (_, bare) = await HtmlPage.GetAsync(_client, $"{Planner}?expressed=2026-11-21T08:00&place=leftover&since=2026-11-22T01:00");
        var (_, fromFridge) = await HtmlPage.GetAsync(_client, $"{Planner}?expressed=2026-11-21T08:00&fridge=2026-11-21T08:10&place=leftover&since=2026-11-22T01:00");

        Assert.Equal("Throw it away", bare.QuerySelector("#planner-result h2").Text());
        Assert.Contains("Was it somewhere else before?", bare.QuerySelector(".result-assumption").Text());
        Assert.Equal("Use by Sun 22 Nov 2026, 03:00", fromFridge.QuerySelector("#planner-result h2").Text());
        Assert.Null(fromFridge.QuerySelector(".result-assumption"));
    }

    [Theory]
    [InlineData("place=fridge", "expressed", "Enter when the milk was expressed")]
    [InlineData("expressed=2030-01-01T00:00&place=fridge", "expressed", "that time has not come yet")]
    [InlineData("expressed=2026-11-23T02:01&place=fridge", "expressed", "that time has not come yet")]
    [InlineData("expressed=banana&place=fridge", "expressed", "as a date and time")]
    [InlineData("expressed=99999-01-01T00:00&place=fridge", "expressed", "as a date and time")]
    [InlineData("expressed=%3Cscript%3Ealert(1)%3C%2Fscript%3E&place=fridge", "expressed", "as a date and time")]
    [InlineData("expressed=1900-01-01T00:00&place=fridge", "expressed", "more than 2 years ago")]
    [InlineData("expressed=2026-11-22T01:00", "place-room", "Choose where the milk is now")]
    [InlineData("expressed=2026-11-22T01:00&place=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "place-room", "Choose where the milk is now")]
    [InlineData("expressed=2026-11-22T01:00&place=fridge&guideline=who", "guideline-cdc", "Choose which guidance to follow")]
    [InlineData("expressed=2026-11-22T01:00&place=leftover", "since", "Enter when the feed ended")]
    [InlineData("expressed=2026-11-22T01:00&place=thawed-in-fridge", "since", "Enter when it came out of the freezer")]
    [InlineData("expressed=2026-11-22T01:00&place=fridge&since=2026-11-21T23:00", "since", "This is before it was expressed")]
    [InlineData("expressed=2026-11-22T01:00&place=freezer&fridge=2026-11-22T03:00&freezer=2026-11-22T02:00", "freezer", "This is before it went in the fridge")]
    [InlineData("expressed=2026-11-22T05:00&place=fridge&now=2026-11-22T04:00", "expressed", "This is after the time now")]
    [InlineData("expressed=2026-11-22T01:00&place=fridge&now=yesterday", "now", "Enter the time now as a date and time")]
    public async Task Bad_input_gets_a_400_with_an_error_summary_linked_to_the_field(string query, string field, string message)
    {
        var (response, page) = await HtmlPage.GetAsync(_client, $"{Planner}?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        PageTests.AssertLayout(page);
        Assert.StartsWith("Error:", page.Title);
        var summary = page.QuerySelector(".error-summary[role=alert]")!;
        Assert.Equal("There is a problem", summary.QuerySelector("h2").Text());
        var link = Assert.Single(summary.QuerySelectorAll("a"), a => a.Text().Contains(message, StringComparison.Ordinal));
        Assert.Equal("#" + field, link.GetAttribute("href"));
        var target = page.GetElementById(field);
        Assert.NotNull(target);
        var describedBy = (target.Closest("fieldset") ?? target).GetAttribute("aria-describedby") ?? "";
        var errorId = describedBy.Split(' ').Single(id => id.EndsWith("-error", StringComparison.Ordinal));
        Assert.Contains(message, page.GetElementById(errorId).Text());
        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
        Assert.Null(page.QuerySelector("#planner-result h2:not(.visually-hidden)"));
    }

    [Fact]
    public async Task Typed_times_are_shown_back_and_anything_else_is_never_echoed()
    {
        var (_, page) = await HtmlPage.GetAsync(_client, $"{Planner}?expressed=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E&place=fridge&since=2026-11-22%2003:10");

        Assert.Null(page.QuerySelector("#expressed")?.GetAttribute("value"));
        Assert.Equal("2026-11-22T03:10", page.QuerySelector("#since")?.GetAttribute("value"));
        Assert.DoesNotContain("alert(1)", page.DocumentElement.OuterHtml);
        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
    }

    [Fact]
    public async Task A_huge_query_value_is_a_form_error_not_a_crash()
    {
        var (response, page) = await HtmlPage.GetAsync(_client, $"{Planner}?expressed={new string('9', 3000)}&place=fridge");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("as a date and time", page.QuerySelector(".error-summary").Text());
    }

    [Fact]
    public async Task The_result_alone_is_returned_for_the_script_without_the_layout()
    {
        var response = await _client.GetAsync($"{Planner}?expressed=2026-11-22T01:00&place=freezer&partial=1");
        var html = await response.Content.ReadAsStringAsync();
        var fragment = HtmlPage.Parse(html);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<html", html, StringComparison.OrdinalIgnoreCase);
        Assert.Null(fragment.QuerySelector("header, footer, form"));
        Assert.Equal("Use by Sat 22 May 2027, 01:00", fragment.QuerySelector("h2#result-heading").Text());
        Assert.DoesNotContain("now=", fragment.QuerySelector("a[href*='/label']")?.GetAttribute("href") ?? "now=");
    }

    [Fact]
    public async Task The_result_alone_lists_what_is_missing_while_the_reader_is_still_typing()
    {
        var response = await _client.GetAsync($"{Planner}?expressed=2026-11-22T01:00&partial=1");
        var fragment = HtmlPage.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Choose where the milk is now"], fragment.QuerySelectorAll("ul.result-pending li").Select(li => li.Text()));
    }

    [Fact]
    public async Task Bottle_label_shows_expressed_and_use_by_without_the_rest_of_the_site()
    {
        var (_, planner) = await HtmlPage.GetAsync(_client, $"{Planner}?expressed=2026-11-22T01:00&place=thawed-in-fridge&since=2026-11-22T02:00&now=2026-11-22T03:00");
        var labelUrl = planner.QuerySelector("#planner-result a[href*='/label']")!.GetAttribute("href")!;

        var (response, page) = await HtmlPage.GetAsync(_client, labelUrl);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("now=", labelUrl);
        var label = page.QuerySelector(".bottle-label")!;
        Assert.Equal(["Expressed 22 Nov 2026, 01:00", "Use by 23 Nov 2026, 02:00"], label.QuerySelectorAll(".label-line").Select(p => string.Join(' ', p.Text().Split((char[])null!, StringSplitOptions.RemoveEmptyEntries))));
        Assert.Contains("Never refreeze", label.Text());
        Assert.Null(page.QuerySelector("header, footer, nav, form"));
        Assert.Single(page.QuerySelectorAll("link[rel=stylesheet]"), l => l.GetAttribute("href")!.Contains("milk-label", StringComparison.Ordinal));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Empty(page.QuerySelectorAll("script:not([src]), style, [style]"));
    }

    [Theory]
    [InlineData("expressed=2026-11-22T01:00&place=leftover&since=2026-11-22T01:30&fridge=2026-11-22T01:05&freezer=2026-11-22T01:10")]
    [InlineData("expressed=nonsense")]
    public async Task Bottle_label_without_a_usable_answer_is_a_400_with_a_way_back(string query)
    {
        var (response, page) = await HtmlPage.GetAsync(_client, $"{Planner}/label?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(page.QuerySelector(".bottle-label"));
        Assert.StartsWith("There is no label for this milk", page.QuerySelector(".label-problem").Text());
        Assert.StartsWith(Planner + "?", page.QuerySelector("main a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Planner_has_no_inline_script_or_style_for_the_content_security_policy()
    {
        var (_, page) = await HtmlPage.GetAsync(_client, $"{Planner}?expressed=2026-11-22T01:00&place=fridge&now=2026-11-22T02:00");

        Assert.Empty(page.QuerySelectorAll("script:not([src]):not([type='application/ld+json']), style, [style]"));
        Assert.DoesNotContain(page.QuerySelectorAll("*"), e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        var script = page.QuerySelector("script[src*='milk-storage']")?.GetAttribute("src");
        Assert.NotNull(script);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(script)).StatusCode);
    }

    [Fact]
    public async Task Storage_articles_table_cells_equal_the_rules_data()
    {
        var rules = site.Services.GetRequiredService<ContentLibraryProvider>().Current.StorageRules!;

        var (_, page) = await HtmlPage.GetAsync(_client, "/articles/milk-storage");

        var table = page.QuerySelector("#guidelines-compared ~ table.storage-table")!;
        Assert.Contains("healthy baby born at full term", table.QuerySelector("caption").Text());
        var headings = table.QuerySelectorAll("thead th[scope=col]").Select(th => th.FirstChild?.TextContent.Trim()).ToList();
        Assert.Equal(rules.Guidelines.Select(g => g.Heading).Prepend("Milk"), headings);
        var rows = table.QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(rules.Places.Select(p => p.Heading), rows.Select(r => r.QuerySelector("th[scope=row]").Text()));
        foreach (var (row, place) in rows.Zip(rules.Places))
        {
            Assert.Equal(rules.Guidelines.Select(g => rules.Rule(place.Place, g).Describe()), row.QuerySelectorAll("td").Select(td => td.Text()));
        }

        // Each guideline's heading cites its sources, numbered as in the article's own source list.
        foreach (var citation in table.QuerySelectorAll("thead a.citation"))
        {
            Assert.NotNull(page.QuerySelector(citation.GetAttribute("href")!));
        }

        Assert.Equal(4, table.QuerySelectorAll("thead a.citation").Length);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/articles/milk-storage")]
    [InlineData("/faq/milk-out-of-fridge")]
    [InlineData("/faq/fridge-and-freezer")]
    [InlineData("/faq/thawing-and-refreezing")]
    [InlineData("/faq/unfinished-bottle")]
    public async Task Planner_is_linked_from_home_the_storage_article_and_the_storage_questions(string url)
    {
        var (_, page) = await HtmlPage.GetAsync(_client, url);

        Assert.NotNull(page.QuerySelector($"main a[href='{Planner}']"));
    }

    [Fact]
    public async Task Answers_are_never_a_server_error_whatever_the_query()
    {
        string[] queries =
        [
            "expressed=2026-11-22T01:00&place=room&since=2026-11-22T01:30&fridge=2026-11-22T01:10",
            "expressed=2026-11-22T01:00&place=freezer&thawing=2026-11-22T02:00",
            "expressed=2026-11-22T01:00&place=cooler-bag&thawing=2026-11-22T02:00",
            "expressed=2026-11-22T01:00&place=thawed-at-room-temperature&since=2026-11-22T02:00&thawing=2026-11-22T01:30",
            "expressed=2026-11-22T01:00&expressed=2026-11-22T02:00&place=fridge&place=room",
            "expressed=0001-01-01T00:00&place=freezer",
            "expressed=9999-12-31T23:59&place=freezer",
            "expressed=2026-02-30T01:00&place=fridge",
            "expressed=2026-11-22T25:00&place=fridge",
            "expressed=2026-11-22T01:00&place=fridge&partial",
        ];
        foreach (var query in queries)
        {
            var response = await _client.GetAsync($"{Planner}?{query}");
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{query} returned {(int)response.StatusCode}");
            var label = await _client.GetAsync($"{Planner}/label?{query}");
            Assert.True(label.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"label {query} returned {(int)label.StatusCode}");
        }
    }
}
