using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using LactationGuide.Web.Content;
using LactationGuide.Web.MilkStorage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LactationGuide.Web.Tests.Pages;

/// <summary>The planner over HTTP, as a reader's browser uses it: a plain GET form, with and without the script's help.</summary>
[Collection(SiteCollection.Name)]
public sealed class MilkStoragePageTests(SiteFactory site)
{
    private const string Planner = "/tools/milk-storage";
    private readonly HttpClient _client = site.CreateClient();

    [Fact]
    public async Task First_visit_asks_one_question_with_nothing_filled_in()
    {
        var (response, page) = await HtmlPage.GetAsync(_client, Planner);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var form = page.QuerySelector("#planner form")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal(Planner + "#planner", form.GetAttribute("action"));
        Assert.Equal("When was the milk expressed?", form.QuerySelector("h2.question").Text());
        var expressed = form.QuerySelector("input#expressed")!;
        Assert.Null(expressed.GetAttribute("value"));
        Assert.Equal("datetime-local", expressed.GetAttribute("type"));
        Assert.NotNull(page.QuerySelector("label[for=expressed]"));
        Assert.Empty(form.QuerySelectorAll("input[type=radio], input[type=hidden]"));
        Assert.Null(page.QuerySelector(".error-summary, .result-card"));
        Assert.Contains("healthy baby born at full term", page.QuerySelector(".planner-scope").Text());
        PageTests.AssertLayout(page);
    }

    [Fact]
    public async Task An_empty_form_sent_gets_a_clear_message_not_the_same_form_again()
    {
        var first = await HtmlPage.GetAsync(_client, Planner);

        var (response, page) = await SubmitAsync(first.Document, []);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Error:", page.Title);
        var summary = page.QuerySelector(".error-summary[role=alert]")!;
        Assert.Equal("Enter when the milk was expressed", summary.QuerySelector("a").Text());
        Assert.Equal("#expressed", summary.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("expressed-error", page.QuerySelector("#expressed")!.GetAttribute("aria-describedby"));
    }

    /// <summary>
    /// The case that once threw good milk away: pumped yesterday at 6 pm, straight into the fridge, frozen today. Each
    /// form is filled in and sent as a browser without JavaScript would, from the page the previous answer returned.
    /// </summary>
    [Fact]
    public async Task Pumped_at_6_pm_straight_into_the_fridge_and_frozen_next_morning_keeps_six_months_from_expressing()
    {
        var page = (await HtmlPage.GetAsync(_client, Planner)).Document;

        page = (await SubmitAsync(page, [("expressed", "2026-11-21T18:00")])).Document;
        Assert.Equal("Where did the milk go after you expressed it?", page.QuerySelector("h2.question").Text());
        Assert.Equal(
            ["It stayed out, at room temperature", "Into a cooler bag with frozen ice packs", "Into the fridge", "Into the freezer, at -18 °C (0 °F) or colder", "Into the ice compartment of the fridge (ice box)"],
            page.QuerySelectorAll("input[name=to] + label").Select(l => l.Text()));

        page = (await SubmitAsync(page, [("to", "fridge"), ("when", "straight")])).Document;
        Assert.Equal("Where is the milk now?", page.QuerySelector("h2.question").Text());
        Assert.Equal("It is still in the fridge", page.QuerySelector("input[name=to][value=still] + label").Text());
        Assert.Contains("Into the fridge: straight after expressing, Sat 21 Nov 2026, 18:00", page.QuerySelector(".answer-list").Text());

        page = (await SubmitAsync(page, [("to", "freezer"), ("at", "2026-11-22T11:00")])).Document;
        Assert.Equal("It is still in the freezer", page.QuerySelector("input[name=to][value=still] + label").Text());

        var (response, answer) = await SubmitAsync(page, [("to", "still")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Use by Fri 21 May 2027, 18:00", answer.QuerySelector("#result-heading").Text());
        Assert.Equal("2027-05-21T18:00", answer.QuerySelector("#result-heading time")?.GetAttribute("datetime"));
        Assert.Contains(answer.QuerySelectorAll(".result-why li"), li => li.Text() == "Counted from when it was expressed: Sat 21 Nov 2026, 18:00.");
        Assert.DoesNotContain("Throw", answer.QuerySelector(".result-card").Text());
        Assert.DoesNotContain("room temperature", answer.QuerySelector(".result-why").Text());
        Assert.StartsWith("Use by Fri 21 May 2027, 18:00 –", answer.Title);
    }

    [Fact]
    public async Task Choosing_where_the_milk_went_without_saying_when_asks_when_instead_of_assuming()
    {
        var (response, page) = await HtmlPage.GetAsync(_client, $"{Planner}?expressed=2026-11-21T18:00&to=fridge&step=first");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var link = Assert.Single(page.QuerySelectorAll(".error-summary a"));
        Assert.Equal("Say when it went there: straight after you expressed it, or later", link.Text());
        Assert.Equal("#when-straight", link.GetAttribute("href"));
        Assert.Equal("fridge", page.QuerySelector("input[name=to][checked]")?.GetAttribute("value"));
        Assert.Null(page.QuerySelector(".result-card"));
    }

    [Theory]
    [InlineData("step=first", "to-room", "Choose where the milk went first")]
    [InlineData("been=fridge+2026-11-21T18:00&step=next", "to-still", "Choose where the milk is now")]
    [InlineData("been=fridge+2026-11-21T18:00&to=freezer&step=next", "at", "Enter when it went there")]
    [InlineData("been=fridge+2026-11-21T18:00&to=leftover&step=next", "at", "Enter when the feed ended")]
    [InlineData("been=fridge+2026-11-21T18:00&to=freezer&at=2026-11-21T17:00&step=next", "at", "This is before the last move")]
    [InlineData("to=fridge&when=later&step=first", "at", "Enter when it went there")]
    [InlineData("to=fridge&when=later&at=2026-11-21T17:59&step=first", "at", "This is before you expressed it")]
    [InlineData("been=fridge+2026-11-21T18:00&to=thawed-in-fridge&at=2026-11-22T01:00&step=next", "to-still", "Choose where the milk is now")]
    [InlineData("been=fridge+2026-11-21T18:00&to=%3Cscript%3E&step=next", "to-still", "Choose where the milk is now")]
    [InlineData("been=fridge+2026-11-21T18:00&to=freezer&at=2030-01-01T00:00&step=next", "at", "that time has not come yet")]
    [InlineData("been=fridge+2026-11-21T18:00&to=still&now=yesterday", "now", "Enter the time now as a date and time")]
    [InlineData("been=fridge+2026-11-21T18:00&to=still&now=2026-11-21T17:00", "now", "This is before the last time you gave")]
    [InlineData("been=fridge+2026-11-21T18:00&to=still&guideline=who", "guideline", "Choose which guidance to follow")]
    public async Task A_wrong_answer_gets_a_400_and_a_message_linked_to_its_field(string query, string field, string message)
    {
        var (response, page) = await HtmlPage.GetAsync(_client, $"{Planner}?expressed=2026-11-21T18:00&{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        PageTests.AssertLayout(page);
        var link = Assert.Single(page.QuerySelectorAll(".error-summary a"), a => a.Text().Contains(message, StringComparison.Ordinal));
        Assert.Equal("#" + field, link.GetAttribute("href"));
        var target = page.GetElementById(field);
        Assert.NotNull(target);
        var describedBy = (target.GetAttribute("aria-describedby") ?? target.Closest("fieldset")?.GetAttribute("aria-describedby")) ?? "";
        var errorId = describedBy.Split(' ').Single(id => id.EndsWith("-error", StringComparison.Ordinal));
        Assert.Contains(message, page.GetElementById(errorId).Text());
        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
    }

    [Theory]
    [InlineData("expressed=2030-01-01T00:00&step=expressed", "that time has not come yet")]
    [InlineData("expressed=2026-11-23T02:01&step=expressed", "that time has not come yet")]
    [InlineData("expressed=banana&step=expressed", "as a date and time")]
    [InlineData("expressed=99999-01-01T00:00&step=expressed", "as a date and time")]
    [InlineData("expressed=1900-01-01T00:00&step=expressed", "more than 2 years ago")]
    public async Task A_wrong_expressing_time_is_a_400_with_a_message(string query, string message)
    {
        var (response, page) = await HtmlPage.GetAsync(_client, $"{Planner}?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, page.QuerySelector(".error-summary").Text());
        Assert.Equal("When was the milk expressed?", page.QuerySelector("h2.question").Text());
    }

    [Fact]
    public async Task An_answer_shows_the_use_by_the_status_why_the_source_and_what_next()
    {
        var (response, page) = await HtmlPage.GetAsync(_client, $"{Planner}?expressed=2026-11-22T01:00&been=fridge+2026-11-22T01:00&to=still&now=2026-11-22T02:00&guideline=cdc");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = page.QuerySelector("#planner .result-card")!;
        Assert.Equal("Use by Thu 26 Nov 2026, 01:00", result.QuerySelector("h2").Text());
        Assert.StartsWith("Still fine", result.QuerySelector(".milk-status").Text());
        Assert.Contains(result.QuerySelectorAll(".result-why li"), li => li.Text() == "CDC: Up to 4 days at 4 °C (40 °F) or colder.");
        Assert.StartsWith("https://www.cdc.gov/", result.QuerySelector(".result-sources a")?.GetAttribute("href"));
        Assert.Contains(result.QuerySelectorAll(".result-next li"), li => li.Text().StartsWith("Keep it at the back of the fridge", StringComparison.Ordinal));
        Assert.Equal("Following CDC guidance, as you chose.", result.QuerySelector(".result-guideline").Text());
        // The answer leads the region: it is what the reader scrolls to (#planner).
        Assert.Equal("result-card", page.QuerySelector("#planner .planner-step > :first-child")?.ClassName?.Split(' ')[0]);
    }

    [Theory]
    [InlineData("en-GB,en;q=0.9", "NHS and BfN", "Use by Wed 25 Nov 2026, 01:00", "chosen from your browser's language setting (en-GB)")]
    [InlineData("cy-GB", "NHS and BfN", "Use by Wed 25 Nov 2026, 01:00", "chosen from your browser's language setting (cy-GB)")]
    [InlineData("en-US,en;q=0.5", "CDC", "Use by Thu 26 Nov 2026, 01:00", "chosen from your browser's language setting (en-US)")]
    [InlineData("fr-FR,en-GB;q=0.8", "NHS and BfN", "Use by Wed 25 Nov 2026, 01:00", "the strictest of the guidelines for this milk, because your browser's language setting (fr-FR)")]
    [InlineData("en", "NHS and BfN", "Use by Wed 25 Nov 2026, 01:00", "the strictest of the guidelines for this milk")]
    [InlineData(null, "NHS and BfN", "Use by Wed 25 Nov 2026, 01:00", "because your browser does not say which country you are in")]
    public async Task The_guidance_defaults_to_the_readers_country_or_else_the_strictest_and_says_which(string? language, string name, string useBy, string why)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Planner}?expressed=2026-11-22T01:00&been=fridge+2026-11-22T01:00&to=still");
        if (language is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", language);
        }

        var response = await _client.SendAsync(request);
        var page = HtmlPage.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(useBy, page.QuerySelector("#result-heading").Text());
        var said = page.QuerySelector(".result-guideline").Text();
        Assert.StartsWith($"Following {name} guidance, ", said);
        Assert.Contains(why, said);
        Assert.Contains("Accept-Language", response.Headers.Vary);
    }

    [Fact]
    public async Task Milk_in_a_fridges_ice_box_gets_the_UK_two_weeks_and_no_time_lent_from_a_freezer()
    {
        const string iceBox = $"{Planner}?expressed=2026-11-22T01:00&been=ice-box+2026-11-22T01:00&to=still&now=2026-11-23T01:00";

        var (_, uk) = await HtmlPage.GetAsync(_client, iceBox + "&guideline=uk");
        var (_, cdc) = await HtmlPage.GetAsync(_client, iceBox + "&guideline=cdc");

        Assert.Equal("Use by Sun 6 Dec 2026, 01:00", uk.QuerySelector("#result-heading").Text());
        Assert.Contains(uk.QuerySelectorAll(".result-why li"), li => li.Text() == "NHS: up to 2 weeks in the ice compartment of a fridge.");
        Assert.Equal("No time for this milk in CDC guidance", cdc.QuerySelector("#result-heading").Text());
        Assert.DoesNotContain("Use by", cdc.QuerySelector("#planner .result-card").Text());
        Assert.Contains(cdc.QuerySelectorAll(".result-why li"), li => li.Text().Contains("which a fridge's ice compartment may not reach", StringComparison.Ordinal));
        Assert.Contains(cdc.QuerySelectorAll(".guideline-switch a"), a => a.Text() == "Follow NHS and BfN guidance instead");
    }

    [Fact]
    public async Task A_chosen_guidance_beats_the_language_and_the_others_are_one_tap_away()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Planner}?expressed=2026-11-22T01:00&been=fridge+2026-11-22T01:00&to=still&guideline=abm");
        request.Headers.TryAddWithoutValidation("Accept-Language", "en-GB");

        var response = await _client.SendAsync(request);
        var page = HtmlPage.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("Use by Thu 26 Nov 2026, 01:00", page.QuerySelector("#result-heading").Text());
        Assert.DoesNotContain("Accept-Language", response.Headers.Vary);
        var rows = page.QuerySelectorAll(".result-compare tbody tr").Select(r => (r.QuerySelector("th").Text(), r.QuerySelector("td").Text())).ToList();
        Assert.Equal(
            [
                ("CDC (US)", "Thu 26 Nov 2026, 01:00"),
                ("ABM Protocol #8 (2017) (followed here)", "Thu 26 Nov 2026, 01:00"),
                ("UK: NHS and Breastfeeding Network (BfN)", "Wed 25 Nov 2026, 01:00"),
            ],
            rows);
        var switches = page.QuerySelectorAll(".guideline-switch a").Select(a => (a.Text(), a.GetAttribute("href"))).ToList();
        Assert.Contains(("Follow NHS and BfN guidance instead", $"{Planner}?expressed=2026-11-22T01%3A00&been=fridge%202026-11-22T01%3A00&to=still&guideline=uk#planner"), switches);
    }

    [Fact]
    public async Task Without_the_readers_clock_the_answer_says_compare_with_your_clock_and_offers_a_box_for_the_time()
    {
        var (_, page) = await HtmlPage.GetAsync(_client, $"{Planner}?expressed=2026-11-22T01:00&been=room+2026-11-22T01:00&to=still&guideline=cdc");

        Assert.StartsWith("Compare with your clock.", page.QuerySelector("#planner .milk-status").Text());
        Assert.DoesNotContain("Still fine", page.QuerySelector("#planner").Text());
        Assert.Equal("Use by Sun 22 Nov 2026, 05:00", page.QuerySelector("#result-heading").Text());

        var (_, checkedPage) = await SubmitAsync(page, [("now", "2026-11-22T04:30")], "form.planner-now");
        Assert.Equal("Use soon at Sun 22 Nov 2026, 04:30", checkedPage.QuerySelector(".milk-status").Text());
    }

    [Fact]
    public async Task Milk_past_its_time_by_the_readers_own_times_says_throw_it_away_with_no_label()
    {
        var (_, page) = await HtmlPage.GetAsync(_client, $"{Planner}?expressed=2026-11-22T01:00&been=room+2026-11-22T01:00&been=leftover+2026-11-22T02:00&to=still&now=2026-11-22T04:30&guideline=cdc");

        Assert.Equal("Throw it away", page.QuerySelector("#result-heading").Text());
        Assert.Contains("Throw it away. Do not give it to your baby.", page.QuerySelector(".result-next").Text());
        Assert.Null(page.QuerySelector("#planner a[href*='/label']"));
    }

    [Fact]
    public async Task An_edited_link_that_cannot_be_read_asks_again_from_there_instead_of_guessing()
    {
        var (response, page) = await HtmlPage.GetAsync(_client, $"{Planner}?expressed=2026-11-21T18:00&been=fridge+2026-11-21T18:00&been=thawed-in-fridge+2026-11-22T01:00&to=still");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("could not be read", page.QuerySelector(".planner-notice").Text());
        Assert.Null(page.QuerySelector(".result-card"));
        Assert.Equal("Where is the milk now?", page.QuerySelector("h2.question").Text());
        Assert.Equal(["fridge 2026-11-21T18:00"], page.QuerySelectorAll("form input[name=been]").Select(i => i.GetAttribute("value")));
    }

    [Fact]
    public async Task An_address_from_the_old_planner_asks_the_questions_rather_than_assuming_where_the_milk_was()
    {
        var (_, page) = await HtmlPage.GetAsync(_client, $"{Planner}?expressed=2026-11-21T18:00&place=freezer&since=2026-11-22T11:00");

        Assert.Null(page.QuerySelector(".result-card"));
        Assert.Equal("Where did the milk go after you expressed it?", page.QuerySelector("h2.question").Text());
    }

    [Fact]
    public async Task Each_answer_can_be_changed_and_only_the_answers_after_it_are_asked_again()
    {
        var (_, page) = await HtmlPage.GetAsync(_client, $"{Planner}?expressed=2026-11-21T18:00&been=fridge+2026-11-21T18:00&been=freezer+2026-11-22T11:00&to=still&guideline=cdc");

        var changes = page.QuerySelectorAll(".answer-list a.answer-change").Select(a => a.GetAttribute("href")).ToList();

        Assert.Equal(
            [
                Planner + "#planner",
                Planner + "?expressed=2026-11-21T18%3A00&guideline=cdc#planner",
                Planner + "?expressed=2026-11-21T18%3A00&been=fridge%202026-11-21T18%3A00&guideline=cdc#planner",
                Planner + "?expressed=2026-11-21T18%3A00&been=fridge%202026-11-21T18%3A00&been=freezer%202026-11-22T11%3A00&guideline=cdc#planner",
            ],
            changes);
        var (_, again) = await HtmlPage.GetAsync(_client, changes[2]!.Split('#')[0]);
        Assert.Equal("It is still in the fridge", again.QuerySelector("input[name=to][value=still] + label").Text());
    }

    [Fact]
    public async Task Typed_times_are_shown_back_and_anything_else_is_never_echoed()
    {
        var (_, page) = await HtmlPage.GetAsync(_client, $"{Planner}?expressed=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E&step=expressed");
        var (_, second) = await HtmlPage.GetAsync(_client, $"{Planner}?expressed=2026-11-21T18:00&to=fridge&when=later&at=2026-11-22%2003:10&step=first&been=%3Cscript%3Ealert(2)%3C/script%3E");

        Assert.Null(page.QuerySelector("#expressed")?.GetAttribute("value"));
        Assert.DoesNotContain("alert(1)", page.DocumentElement.OuterHtml);
        Assert.DoesNotContain("alert(2)", second.DocumentElement.OuterHtml);
        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
    }

    [Fact]
    public async Task A_huge_query_value_is_a_form_error_not_a_crash()
    {
        var (response, page) = await HtmlPage.GetAsync(_client, $"{Planner}?expressed={new string('9', 3000)}&step=expressed");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("as a date and time", page.QuerySelector(".error-summary").Text());
    }

    [Fact]
    public async Task The_planner_region_alone_is_returned_for_the_script_with_its_address_and_title()
    {
        var response = await _client.GetAsync($"{Planner}?expressed=2026-11-22T01:00&been=freezer+2026-11-22T01:00&to=still&now=2026-11-22T02:00&partial=1");
        var html = await response.Content.ReadAsStringAsync();
        var fragment = HtmlPage.Parse(html);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<html", html, StringComparison.OrdinalIgnoreCase);
        Assert.Null(fragment.QuerySelector("header, footer"));
        Assert.Equal("Use by Sat 22 May 2027, 01:00", fragment.QuerySelector("h2#result-heading").Text());
        var step = fragment.QuerySelector("[data-planner-address]")!;
        Assert.Equal(Planner + "?expressed=2026-11-22T01%3A00&been=freezer%202026-11-22T01%3A00&to=still", step.GetAttribute("data-planner-address"));
        Assert.Equal("Use by Sat 22 May 2027, 01:00 – Until when can I use this milk?", step.GetAttribute("data-planner-title"));
        Assert.DoesNotContain("now=", fragment.QuerySelector("a[href*='/label']")?.GetAttribute("href") ?? "now=");
    }

    [Fact]
    public async Task Bottle_label_leads_with_use_by_in_the_site_s_layout_and_prints_alone()
    {
        var (_, planner) = await HtmlPage.GetAsync(_client, $"{Planner}?expressed=2026-11-22T01:00&been=freezer+2026-11-22T01:00&been=thawed-in-fridge+2026-11-22T02:00&to=still&now=2026-11-22T03:00&guideline=cdc");
        var labelUrl = planner.QuerySelector("#planner a[href*='/label']")!.GetAttribute("href")!;

        var (response, page) = await HtmlPage.GetAsync(_client, labelUrl);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("now=", labelUrl);
        Assert.Contains("guideline=cdc", labelUrl);
        var label = page.QuerySelector("main .bottle-label")!;
        Assert.Equal(["Use by 23 Nov 2026, 02:00", "Expressed 22 Nov 2026, 01:00"], label.QuerySelectorAll(".label-line").Select(p => string.Join(' ', p.Text().Split((char[])null!, StringSplitOptions.RemoveEmptyEntries))));
        Assert.Contains("Never refreeze", label.Text());
        PageTests.AssertLayout(page);
        Assert.Equal("Print the label", page.QuerySelector("main button.print-button[data-print]").Text());
        Assert.Contains(page.QuerySelectorAll("link[rel=stylesheet]"), l => l.GetAttribute("href")!.Contains("milk-label", StringComparison.Ordinal));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Empty(page.QuerySelectorAll("script:not([src]):not([type='application/ld+json']), style, [style]"));
    }

    [Theory]
    [InlineData("expressed=2026-11-22T01:00&been=room+2026-11-22T01:00&been=leftover+2026-11-22T01:30&to=still&now=2026-11-22T05:00")]
    [InlineData("expressed=nonsense")]
    [InlineData("expressed=2026-11-22T01:00&been=fridge+2026-11-22T01:00")]
    public async Task Bottle_label_without_a_usable_answer_is_a_400_with_a_way_back(string query)
    {
        var (response, page) = await HtmlPage.GetAsync(_client, $"{Planner}/label?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(page.QuerySelector(".bottle-label"));
        Assert.StartsWith("There is no label for this milk", page.QuerySelector(".label-problem").Text());
        Assert.StartsWith(Planner + "?", page.QuerySelector(".label-actions a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Planner_has_no_inline_script_or_style_for_the_content_security_policy()
    {
        var (_, page) = await HtmlPage.GetAsync(_client, $"{Planner}?expressed=2026-11-22T01:00&been=fridge+2026-11-22T01:00&to=still&now=2026-11-22T02:00");

        Assert.Empty(page.QuerySelectorAll("script:not([src]):not([type='application/ld+json']), style, [style]"));
        Assert.DoesNotContain(page.QuerySelectorAll("*"), e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        var script = page.QuerySelector("script[src*='milk-storage']")?.GetAttribute("src");
        Assert.NotNull(script);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(script)).StatusCode);
    }

    [Fact]
    public async Task Storage_articles_table_cells_equal_the_rules_data_and_each_names_its_guideline()
    {
        var rules = site.Services.GetRequiredService<ContentLibraryProvider>().Current.StorageRules!;

        var (_, page) = await HtmlPage.GetAsync(_client, "/articles/milk-storage");

        var table = page.QuerySelector(".heading-row:has(#guidelines-compared) ~ table.storage-table")!;
        Assert.Contains("healthy baby born at full term", table.QuerySelector("caption").Text());
        var headings = table.QuerySelectorAll("thead th[scope=col]").Select(th => th.FirstChild?.TextContent.Trim()).ToList();
        Assert.Equal(rules.Guidelines.Select(g => g.Heading).Prepend("Milk"), headings);
        var rows = table.QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(rules.Places.Select(p => p.Heading), rows.Select(r => r.QuerySelector("th[scope=row]").Text()));
        foreach (var (row, place) in rows.Zip(rules.Places))
        {
            Assert.Equal(rules.Guidelines.Select(g => rules.Rule(place.Place, g).Describe()), row.QuerySelectorAll("td").Select(td => td.Text()));
            Assert.Equal(rules.Guidelines.Select(g => g.Heading), row.QuerySelectorAll("td").Select(td => td.GetAttribute("data-label")));
        }

        // Written out by hand: the ice box is the one place only UK advice gives a time for.
        var iceBox = rows.Single(r => r.QuerySelector("th").Text() == "Ice compartment (ice box) of a fridge").QuerySelectorAll("td").Select(td => td.Text()).ToList();
        Assert.StartsWith("No time given. The CDC gives times only for a freezer", iceBox[0]);
        Assert.StartsWith("No time given. ABM Protocol #8 gives times only for a freezer", iceBox[1]);
        Assert.Equal("NHS: up to 2 weeks in the ice compartment of a fridge.", iceBox[2]);

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
            "expressed=2026-11-22T01:00&been=fridge+2026-11-22T01:00&been=room+2026-11-22T05:00&to=still",
            "expressed=2026-11-22T01:00&been=freezer+2026-11-22T01:00&been=thawed-in-fridge+2026-11-22T02:00&been=freezer+2026-11-22T03:00&to=still",
            "expressed=2026-11-22T01:00&been=fridge&to=still",
            "expressed=2026-11-22T01:00&been=+&been=fridge+&to=still",
            "expressed=2026-11-22T01:00&been=fridge+2026-11-22T01:00&been=fridge+2026-11-22T01:00&to=still",
            "expressed=2026-11-22T01:00&expressed=2026-11-22T02:00&to=fridge&to=room&when=straight&when=later",
            "expressed=0001-01-01T00:00&been=freezer+0001-01-01T00:00&to=still",
            "expressed=2026-02-30T01:00&to=still",
            "expressed=2026-11-22T25:00&to=still",
            "expressed=2026-11-22T01:00&been=fridge+2026-11-22T01:00&to=still&partial",
            "been=fridge+2026-11-22T01:00&to=still",
            string.Join('&', Enumerable.Repeat("been=fridge+2026-11-22T01:00", 200)) + "&expressed=2026-11-22T01:00&to=still",
        ];
        foreach (var query in queries)
        {
            var response = await _client.GetAsync($"{Planner}?{query}");
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{query} returned {(int)response.StatusCode}");
            var label = await _client.GetAsync($"{Planner}/label?{query}");
            Assert.True(label.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"label {query} returned {(int)label.StatusCode}");
        }
    }

    /// <summary>Sends a page's planner form as a browser would: its hidden fields, then the reader's answers.</summary>
    private async Task<(HttpResponseMessage Response, IDocument Document)> SubmitAsync(IDocument page, (string Name, string Value)[] answers, string selector = "#planner form[data-planner]")
    {
        var form = (IHtmlFormElement)page.QuerySelector(selector)!;
        var fields = form.QuerySelectorAll("input[type=hidden]").Select(i => (i.GetAttribute("name")!, i.GetAttribute("value") ?? "")).Concat(answers).ToList();
        if (form.QuerySelector("button[type=submit][name]") is { } button)
        {
            fields.Add((button.GetAttribute("name")!, button.GetAttribute("value")!));
        }

        var query = string.Join('&', fields.Select(f => Uri.EscapeDataString(f.Item1) + "=" + Uri.EscapeDataString(f.Item2)));
        return await HtmlPage.GetAsync(_client, form.GetAttribute("action")!.Split('#')[0] + "?" + query);
    }
}
