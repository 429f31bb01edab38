using System.Net;
using LactationGuide.Web.Content;
using LactationGuide.Web.ReadingLists;
using LactationGuide.Web.WarningSigns;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LactationGuide.Web.Tests.ReadingLists;

/// <summary>A reading list and its builder, as a consultant and her client get them over HTTP.</summary>
public sealed class ReadingListPageTests(ListSite site) : IClassFixture<ListSite>
{
    private const string ThreeItems = "/list?items=milk-storage.fridge,faq.mastitis,unwell.hard-to-wake";

    private readonly HttpClient _client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private ContentLibrary Library => site.Services.GetRequiredService<ContentLibraryProvider>().Current;

    [Fact]
    public async Task A_list_shows_each_item_in_order_with_its_heading_text_sources_review_date_and_the_whole_page()
    {
        var (response, page) = await HtmlPage.GetAsync(_client, ThreeItems);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = page.QuerySelectorAll("main section.list-item");
        Assert.Equal(["milk-storage.fridge", "faq.mastitis", "unwell.hard-to-wake"], items.Select(i => i.QuerySelector("h2")?.Id));

        var article = Library.FindArticle("milk-storage")!;
        var fridge = items[0];
        Assert.Equal(article.Headings.Single(h => h.Id == "fridge").Text, fridge.QuerySelector("h2").Text());
        Assert.Contains("Use it within 4 days", fridge.QuerySelector(".prose").Text());
        Assert.Equal("/articles/milk-storage#fridge", fridge.QuerySelector(".list-item-from a")?.GetAttribute("href"));
        // Each citation number leads to a source listed under the item, numbered as on the article's page.
        var citations = fridge.QuerySelectorAll(".prose a.citation").Select(a => a.GetAttribute("href")![1..]).Distinct().ToList();
        Assert.NotEmpty(citations);
        Assert.All(citations, id => Assert.NotNull(fridge.QuerySelector($"ol.sources > li[id='{id}']")));
        Assert.Contains(article.LastReviewed.ToString("d MMMM yyyy"), fridge.QuerySelector(".list-item-review").Text());
        Assert.Contains(article.NextReview.ToString("d MMMM yyyy"), fridge.QuerySelector(".list-item-review").Text());

        var answer = Library.FindFaq("mastitis")!;
        Assert.Equal(answer.Question, items[1].QuerySelector("h2").Text());
        Assert.Equal(page.QuerySelectorAll("[id]").Length, page.QuerySelectorAll("[id]").Select(e => e.Id).Distinct().Count());
        Assert.Equal("7 March 2031", page.QuerySelector(".list-date time").Text());
        Assert.Equal(SiteFactory.PublicBaseUrl + ThreeItems[1..], page.QuerySelector(".handout-url").Text());
        Assert.Equal(SiteFactory.PublicBaseUrl + ThreeItems[1..], page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task A_list_has_one_QR_code_and_it_holds_the_lists_own_address()
    {
        var expected = site.Services.GetRequiredService<LactationGuide.Web.Sharing.Handouts>().ForAddress(ThreeItems);

        var html = await _client.GetStringAsync(ThreeItems);

        Assert.Equal(SiteFactory.PublicBaseUrl + ThreeItems[1..], expected.Address.AbsoluteUri);
        Assert.Single(HtmlPage.Parse(html).QuerySelectorAll("svg.handout-qr"));
        // QRCoder draws the same code for the same address: this page's is the code of the list's public address.
        Assert.Contains(expected.QrCodeSvg, html);
    }

    /// <summary>H-15: a sign on a list is never shown without its level, what to do, and how to get that help.</summary>
    [Fact]
    public async Task Every_warning_sign_on_a_list_is_shown_in_the_callout_of_its_level_with_what_to_do()
    {
        var signs = Library.WarningSigns!;
        foreach (var chunk in signs.Signs.Chunk(ReadingListCatalog.MaxItems))
        {
            var (_, page) = await HtmlPage.GetAsync(_client, ListLinks.List(chunk.Select(s => ListItemKey.Sign(s.Id))));
            foreach (var sign in chunk)
            {
                var item = page.GetElementById($"unwell.{sign.Id}")?.Closest("section");
                var kind = CalloutKind.All[sign.Level.CalloutKind()];
                var advice = signs.Advice(sign.Level);
                var box = item?.QuerySelector($".callout.{kind.CssClass}");
                Assert.True(box is not null, $"{sign.Id} is not in a {kind.CssClass} box");
                Assert.Equal(kind.HiddenPrefix.Trim(), box.QuerySelector(".callout-title .visually-hidden").Text());
                Assert.Equal(advice.Lead(sign.For) + ":", box.QuerySelector(".signs-lead").Text());
                Assert.StartsWith(sign.Text, box.QuerySelector($"li[data-sign='{sign.Id}']").Text());
                Assert.Equal(advice.How ?? "", box.QuerySelector(".signs-how").Text());
                Assert.Equal(sign.Sources.Length, item!.QuerySelectorAll("ol.sources > li").Length);
            }
        }
    }

    [Theory]
    [InlineData("/list?items=milk-storage.fridge&items=faq.mastitis")]
    [InlineData("/list?items=Milk-Storage.Fridge,%20faq.mastitis")]
    [InlineData("/list?items=milk-storage.fridge%2Cfaq.mastitis&utm_source=qr")]
    public async Task A_list_written_another_way_moves_permanently_to_its_one_address(string url)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/list?items=milk-storage.fridge,faq.mastitis", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_list_page_without_items_leads_to_the_builder()
    {
        var response = await _client.GetAsync("/list");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ListLinks.BuilderPath, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_list_with_unknown_and_repeated_ids_shows_the_rest_and_names_what_it_left_out()
    {
        var (response, page) = await HtmlPage.GetAsync(_client, "/list?items=milk-storage.fridge,milk-storage.no-such-part,milk-storage.fridge,%3Cx-reflected%3E");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["milk-storage.fridge"], page.QuerySelectorAll("section.list-item h2").Select(h => h.Id));
        var leftOut = System.Text.RegularExpressions.Regex.Replace(page.QuerySelector(".list-left-out").Text(), @"\s+", " ");
        Assert.Contains("milk-storage.no-such-part: there is no such part of this guide", leftOut);
        Assert.Contains("milk-storage.fridge: named more than once", leftOut);
        Assert.Contains("One part of the address is not the id of anything", leftOut);
        Assert.DoesNotContain("x-reflected", page.DocumentElement.OuterHtml);
        // Its QR code and canonical address are the clean list's.
        Assert.Equal(SiteFactory.PublicBaseUrl + "list?items=milk-storage.fridge", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/list?items=nothing.here,faq.nothing")]
    [InlineData("/list?items=%3Cscript%3Ealert(1)%3C/script%3E")]
    [InlineData("/list?items=,,,")]
    public async Task A_list_with_nothing_to_show_is_a_400_page_that_says_why(string url)
    {
        var (response, page) = await HtmlPage.GetAsync(_client, url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("This reading list cannot be shown", page.QuerySelector("main h1").Text());
        Assert.NotNull(page.QuerySelector($"main a[href='{ListLinks.BuilderPath}']"));
        Assert.DoesNotContain("<script>alert", await response.Content.ReadAsStringAsync());
        Assert.Null(page.QuerySelector("link[rel=canonical]"));
    }

    [Fact]
    public async Task A_huge_list_address_is_a_400_page_that_repeats_none_of_it()
    {
        var url = "/list?items=" + string.Join(',', Enumerable.Repeat("faq.mastitis-" + new string('x', 40), 200));

        var (response, page) = await HtmlPage.GetAsync(_client, url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("too long to be a reading list", page.QuerySelector("main .lead").Text());
        Assert.DoesNotContain("xxxxxxxx", page.DocumentElement.OuterHtml);
    }

    [Fact]
    public async Task The_same_items_in_the_same_order_give_the_same_bytes_from_the_cache_and_another_order_another_page()
    {
        var first = await _client.GetAsync(ThreeItems);
        var second = await _client.GetAsync(ThreeItems);
        var reordered = await _client.GetAsync("/list?items=unwell.hard-to-wake,milk-storage.fridge,faq.mastitis");

        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
        Assert.True(second.Headers.Age is not null, "the second answer came from the output cache");
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.NotEqual(first.Headers.ETag, reordered.Headers.ETag);
        Assert.Contains("public", first.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task A_list_written_another_way_is_never_cached()
    {
        await _client.GetAsync("/list?items=faq.mastitis,faq.stress,faq.mastitis");
        var again = await _client.GetAsync("/list?items=faq.mastitis,faq.stress,faq.mastitis");

        Assert.Null(again.Headers.Age);
    }

    [Fact]
    public async Task The_list_cache_holds_a_bounded_number_of_lists_and_makes_room_as_they_expire()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2031, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var policy = new ReadingListCachePolicy(
            site.Services.GetRequiredService<ContentLibraryProvider>(),
            site.Services.GetRequiredService<LactationGuide.Web.Caching.PageOutputCachePolicy>(),
            clock);

        async Task<bool> Stores()
        {
            var context = new OutputCacheContext { HttpContext = new DefaultHttpContext(), AllowCacheStorage = true };
            await ((IOutputCachePolicy)policy).ServeResponseAsync(context, default);
            return context.AllowCacheStorage;
        }

        for (var i = 0; i < ReadingListCachePolicy.MaxLists; i++)
        {
            Assert.True(await Stores());
        }

        Assert.False(await Stores());
        Assert.Equal(ReadingListCachePolicy.MaxLists, policy.Stored);

        clock.Advance(ReadingListCachePolicy.Duration);
        Assert.True(await Stores());
        Assert.Equal(1, policy.Stored);
    }

    [Fact]
    public async Task Every_section_and_answer_offers_Add_to_a_reading_list_as_a_plain_link_to_the_builder()
    {
        var catalog = Library.ReadingLists!;
        foreach (var article in Library.Articles)
        {
            var (_, page) = await HtmlPage.GetAsync(_client, article.Url);
            var links = page.QuerySelectorAll(".prose a[data-list-add]").Select(a => (a.GetAttribute("href")!, a.Text())).ToList();
            Assert.Equal(
                article.OnThisPage.Select(h => ($"{ListLinks.BuilderPath}?items={article.Slug}.{h.Id}", "Add to a reading list: " + h.Text)),
                links);
        }

        var (_, faq) = await HtmlPage.GetAsync(_client, "/faq");
        foreach (var entry in Library.Faq)
        {
            Assert.Equal($"{ListLinks.BuilderPath}?items=faq.{entry.Slug}", faq.QuerySelector($"#{entry.Slug} a[data-list-add]")?.GetAttribute("href"));
        }

        Assert.All(catalog.Items.Where(i => i.Kind != ListItemKind.Sign), i => Assert.Contains(i.Kind == ListItemKind.Section ? i.Key.Page : "faq", Library.Articles.Select(a => a.Slug).Append("faq")));
    }

    [Fact]
    public async Task The_builder_shows_the_list_in_order_with_links_that_move_and_remove_items_and_offers_everything_else()
    {
        var (response, page) = await HtmlPage.GetAsync(_client, "/list/build?items=milk-storage.fridge,faq.mastitis,unwell.hard-to-wake");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = page.QuerySelectorAll(".list-build-items > li");
        Assert.Equal(3, rows.Length);
        string? Href(int row, string action) => rows[row].QuerySelectorAll("a").FirstOrDefault(a => a.Text().StartsWith(action))?.GetAttribute("href");
        Assert.Null(Href(0, "Move up"));
        Assert.Equal("/list/build?items=faq.mastitis,milk-storage.fridge,unwell.hard-to-wake", Href(0, "Move down"));
        Assert.Equal("/list/build?items=milk-storage.fridge,unwell.hard-to-wake,faq.mastitis", Href(1, "Move down"));
        Assert.Equal("/list/build?items=milk-storage.fridge,faq.mastitis", Href(2, "Remove"));
        Assert.Null(Href(2, "Move down"));
        Assert.Equal("/list?items=milk-storage.fridge,faq.mastitis,unwell.hard-to-wake", page.QuerySelector(".list-open a")?.GetAttribute("href"));

        var form = page.QuerySelector("form.list-build-form")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("milk-storage.fridge,faq.mastitis,unwell.hard-to-wake", form.QuerySelector("input[type=hidden][name=items]")?.GetAttribute("value"));
        var offered = form.QuerySelectorAll("input[type=checkbox][name=items]").Select(c => c.GetAttribute("value")).ToList();
        Assert.Equal(Library.ReadingLists!.Items.Length - 3, offered.Count);
        Assert.DoesNotContain("faq.mastitis", offered);
    }

    [Fact]
    public async Task The_builder_says_when_a_list_is_too_long_for_two_sheets_and_when_it_is_full()
    {
        var catalog = Library.ReadingLists!;
        var longest = catalog.Items.OrderByDescending(i => i.PrintLines).Take(ReadingListCatalog.MaxItems).ToList();
        var two = catalog.Items.Where(i => i.Kind == ListItemKind.Answer).OrderBy(i => i.PrintLines).Take(2).ToList();

        var (_, full) = await HtmlPage.GetAsync(_client, ListLinks.Builder(longest.Select(i => i.Key)));
        var (_, small) = await HtmlPage.GetAsync(_client, ListLinks.Builder(two.Select(i => i.Key)));

        Assert.Contains("Too long for a two-sheet handout", full.QuerySelector(".list-too-long").Text());
        Assert.Contains("Your list is full", full.QuerySelector("form.list-build-form").Text());
        Assert.Null(small.QuerySelector(".list-too-long"));
        Assert.Equal("Prints on one sheet of A4 or Letter.", small.QuerySelector(".list-fit").Text());
    }

    [Fact]
    public async Task A_form_that_ticks_more_items_appends_them_after_the_list_so_far()
    {
        var (_, page) = await HtmlPage.GetAsync(_client, "/list/build?items=faq.mastitis,faq.stress&items=milk-storage.fridge&items=unwell.hard-to-wake");

        Assert.Equal(["faq.mastitis", "faq.stress", "milk-storage.fridge", "unwell.hard-to-wake"], page.QuerySelector("[data-list-items]")!.GetAttribute("data-list-items")!.Split(','));
    }
}
