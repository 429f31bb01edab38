using System.Net;
using AngleSharp.Dom;
using LactationGuide.Web.Content;
using LactationGuide.Web.Tests.Pages;
using LactationGuide.Web.WarningSigns;
using Microsoft.Extensions.DependencyInjection;

namespace LactationGuide.Web.Tests.WarningSigns;

/// <summary>The warning signs as readers meet them: on "Is my baby unwell?", in articles and answers, and in search.</summary>
[Collection(SiteCollection.Name)]
public sealed class WarningSignPagesTests(SiteFactory site)
{
    private readonly HttpClient _client = site.CreateClient();

    private WarningSignList Signs => site.Services.GetRequiredService<ContentLibraryProvider>().Current.WarningSigns!;

    [Fact]
    public async Task Unwell_page_lists_the_babys_signs_emergency_first_then_urgent_then_soon()
    {
        var (response, page) = await HtmlPage.GetAsync(_client, WarningSignList.PagePath);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var levels = page.QuerySelectorAll(".triage > .triage-level").Select(s => s.GetAttribute("aria-labelledby")).ToList();
        Assert.Equal(["emergency", "urgent", "soon"], levels);
        Assert.Contains("callout-emergency", page.QuerySelector(".triage > .triage-level")!.ClassList);
        Assert.StartsWith("Call your emergency number now", page.QuerySelector(".triage > .triage-level h2").Text().Replace("Emergency: ", ""));
        var babySigns = Signs.Signs.Where(s => s.For == SignAudience.Baby).Select(s => s.Id);
        Assert.Equal(babySigns, page.QuerySelectorAll(".triage > .triage-level li[id]").Select(li => li.Id));
    }

    [Fact]
    public async Task Every_sign_has_its_own_anchor_in_the_box_of_its_level_with_its_sources()
    {
        var (_, page) = await HtmlPage.GetAsync(_client, WarningSignList.PagePath);

        foreach (var sign in Signs.Signs)
        {
            var item = page.GetElementById(sign.Id);
            Assert.True(item is not null, $"#{sign.Id} is missing");
            Assert.Equal("LI", item.TagName);
            Assert.Contains(CalloutClass(sign.Level), item.Closest(".callout")!.ClassList);
            Assert.StartsWith(sign.Text, item.TextContent.Trim());
            var cited = item.QuerySelectorAll("a.citation").Select(a => a.GetAttribute("href")).ToList();
            Assert.Equal(sign.Sources.Select(s => "#source-" + s.Id), cited);
            Assert.All(cited, href => Assert.NotNull(page.QuerySelector(href!)));
        }

        Assert.All(page.QuerySelectorAll(".sources li"), li => Assert.NotNull(li.QuerySelector("a[href^='https://']")));
    }

    [Fact]
    public async Task The_parents_own_signs_have_their_own_section_after_the_babys()
    {
        var (_, page) = await HtmlPage.GetAsync(_client, WarningSignList.PagePath);

        var you = page.QuerySelector("section.triage-you")!;
        var yourSigns = Signs.Signs.Where(s => s.For == SignAudience.You).Select(s => s.Id).ToList();
        Assert.NotEmpty(yourSigns);
        Assert.Equal(yourSigns, you.QuerySelectorAll("li[id]").Select(li => li.Id));
        Assert.Equal("Warning signs in you", you.QuerySelector("h2").Text());
    }

    [Fact]
    public async Task A_sign_has_one_level_on_every_page_that_shows_it()
    {
        var library = site.Services.GetRequiredService<ContentLibraryProvider>().Current;
        var pagesBySign = new Dictionary<string, List<string>>();
        foreach (var url in library.Articles.Select(a => a.Url).Concat(library.Faq.Select(f => f.Url)).Append("/faq"))
        {
            var (_, page) = await HtmlPage.GetAsync(_client, url);
            foreach (var item in page.QuerySelectorAll("main li[data-sign]"))
            {
                var sign = Signs.Find(item.GetAttribute("data-sign")!)!;
                var callout = item.Closest(".callout");
                Assert.True(callout is not null && callout.ClassList.Contains(CalloutClass(sign.Level)),
                    $"{url}: '{sign.Id}' is shown outside a {CalloutClass(sign.Level)} box");
                Assert.Equal(sign.Text + (sign.Note is null ? "" : ". " + sign.Note), item.TextContent.Trim());
                pagesBySign.TryAdd(sign.Id, []);
                pagesBySign[sign.Id].Add(url);
            }
        }

        // The check means something only if signs are shared between pages, as they are meant to be.
        Assert.Contains(pagesBySign, p => p.Value.Count >= 2);
        Assert.Contains(pagesBySign.Keys, id => Signs.Find(id)!.Level == WarningLevel.Emergency);
    }

    [Theory]
    [MemberData(nameof(SitePages.AllAsTheory), MemberType = typeof(SitePages))]
    public async Task Is_my_baby_unwell_is_one_tap_away_in_the_header_of_every_page(string url)
    {
        var (_, page) = await HtmlPage.GetAsync(_client, url);

        var link = page.QuerySelector("header a.unwell-link");
        Assert.Equal("/unwell", link?.GetAttribute("href"));
        Assert.Equal("Is my baby unwell?", link.Text());
    }

    [Theory]
    [InlineData("baby won't wake up", "hard-to-wake", WarningLevel.Emergency)]
    [InlineData("yellow baby", "jaundice-and-unwell", WarningLevel.Emergency)]
    [InlineData("yellow baby", "jaundice-first-24-hours", WarningLevel.Urgent)]
    [InlineData("no wet nappy", "no-wet-nappy-8-hours", WarningLevel.Urgent)]
    [InlineData("no wet diapers today", "no-wet-nappy-8-hours", WarningLevel.Urgent)]
    [InlineData("newborn fever", "fever-under-3-months", WarningLevel.Emergency)]
    [InlineData("baby is floppy", "floppy", WarningLevel.Emergency)]
    [InlineData("signs of dehydration in a baby", "dehydration", WarningLevel.Urgent)]
    [InlineData("blue lips", "skin-colour", WarningLevel.Emergency)]
    [InlineData("hot red breast mastitis", "mastitis-not-improving", WarningLevel.Urgent)]
    [InlineData("postpartum fever", "after-birth-emergency", WarningLevel.Emergency)]
    [InlineData("postpartum fever", "sepsis", WarningLevel.Emergency)]
    [InlineData("fever after i gave birth", "after-birth-emergency", WarningLevel.Emergency)]
    [InlineData("postpartum haemorrhage", "after-birth-emergency", WarningLevel.Emergency)]
    public async Task A_search_in_a_parents_words_shows_the_sign_and_what_to_do_above_the_results(string query, string id, WarningLevel level)
    {
        var (_, page) = await HtmlPage.GetAsync(_client, "/search?q=" + Uri.EscapeDataString(query));

        var item = page.QuerySelector($".sign-matches li[data-sign='{id}']");
        Assert.True(item is not null, $"'{query}' does not show the sign '{id}'");
        var box = item.Closest(".callout")!;
        Assert.Contains(CalloutClass(level), box.ClassList);
        Assert.Equal(Signs.Advice(level).Lead(Signs.Find(id)!.For) + ":", box.QuerySelector(".signs-lead").Text());
        var results = page.QuerySelector(".search-results");
        if (results is not null)
        {
            Assert.True(box.CompareDocumentPosition(results).HasFlag(DocumentPositions.Following), "the sign comes before the results");
        }
    }

    [Fact]
    public async Task Search_lists_the_most_urgent_matching_signs_first()
    {
        var (_, page) = await HtmlPage.GetAsync(_client, "/search?q=yellow+baby");

        var levels = page.QuerySelectorAll(".sign-matches li[data-sign]").Select(li => Signs.Find(li.GetAttribute("data-sign")!)!.Level).ToList();
        Assert.True(levels.Count >= 2);
        Assert.Equal(levels.Order(), levels);
        Assert.True(levels.Count <= SignPhrases.MaxShown);
    }

    [Fact]
    public void Every_sign_is_found_by_each_of_its_own_search_phrases()
    {
        foreach (var sign in Signs.Signs)
        {
            Assert.NotEmpty(sign.SearchWords);
            foreach (var phrase in sign.SearchWords)
            {
                var matched = SignPhrases.Match(Signs, LactationGuide.Web.Search.SearchQuery.Parse(phrase));
                Assert.True(matched.Contains(sign) || matched.Length == SignPhrases.MaxShown,
                    $"'{phrase}' does not find '{sign.Id}'");
            }
        }
    }

    [Theory]
    [InlineData("how often should I wake my baby to feed")]
    [InlineData("how long does milk keep in the fridge")]
    [InlineData("does breast size matter")]
    public async Task A_search_that_names_no_sign_shows_no_warning_box(string query)
    {
        var (_, page) = await HtmlPage.GetAsync(_client, "/search?q=" + Uri.EscapeDataString(query));

        Assert.Null(page.QuerySelector(".sign-matches"));
        Assert.NotNull(page.QuerySelector(".search-results"));
    }

    [Fact]
    public void Urgent_and_emergency_advice_never_sends_a_parent_to_a_lactation_consultant()
    {
        // A lactation consultant helps with feeding; a baby who may be unwell needs a doctor (docs/writing-content.md).
        foreach (var advice in Signs.Levels.Where(l => l.Level != WarningLevel.Soon))
        {
            var words = $"{advice.BabyLead} {advice.YouLead} {advice.How}";
            Assert.DoesNotContain("lactation consultant", words, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("IBCLC", words, StringComparison.Ordinal);
            Assert.DoesNotContain("health visitor", words, StringComparison.OrdinalIgnoreCase);
        }

        foreach (var sign in Signs.Signs.Where(s => s.Level != WarningLevel.Soon))
        {
            Assert.DoesNotContain("lactation consultant", $"{sign.Text} {sign.Note}", StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Corrected_articles_say_what_was_corrected_and_when()
    {
        var library = site.Services.GetRequiredService<ContentLibraryProvider>().Current;
        var corrected = library.Articles.Where(a => !a.Corrections.IsEmpty).ToList();
        Assert.NotEmpty(corrected);

        foreach (var article in corrected)
        {
            var (_, page) = await HtmlPage.GetAsync(_client, article.Url);
            var items = page.QuerySelectorAll(".corrections li").ToList();
            Assert.Equal(article.Corrections.Length, items.Count);
            Assert.Equal(article.Corrections.Select(c => c.Date.ToString("yyyy-MM-dd")), items.Select(li => li.QuerySelector("time")!.GetAttribute("datetime")));
            Assert.All(items.Zip(article.Corrections), pair => Assert.EndsWith(pair.Second.What, pair.First.TextContent.Trim()));
        }
    }

    private static string CalloutClass(WarningLevel level) => CalloutKind.All[level.CalloutKind()].CssClass;
}
