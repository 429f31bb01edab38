using System.Net;
using AngleSharp.Dom;
using LactationGuide.Web.Content;
using Microsoft.Extensions.DependencyInjection;

namespace LactationGuide.Web.Tests.Pages;

[Collection(SiteCollection.Name)]
public sealed class PageTests(SiteFactory site)
{
    private readonly HttpClient _client = site.CreateClient();

    public static TheoryData<string, string> FixedPages => new()
    {
        { "/", "How breast milk is made" },
        { "/articles", "All articles" },
        { "/faq", "Questions parents ask" },
        { "/glossary", "Glossary" },
        { "/about", "About this guide" },
        { "/tools/milk-storage", "Until when can I use this milk?" },
        { "/unwell", "Is my baby unwell?" },
        { "/list/build", "Make a reading list" },
        { "/list?items=milk-storage.fridge,faq.mastitis,unwell.hard-to-wake", "Reading list" },
    };

    /// <summary>Every article and FAQ page in the real content, with the title it must show.</summary>
    public static TheoryData<string, string> ContentPages()
    {
        using var factory = new SiteFactory();
        var library = factory.Services.GetRequiredService<ContentLibraryProvider>().Current;
        var pages = new TheoryData<string, string>();
        foreach (var article in library.Articles)
        {
            pages.Add(article.Url, article.Title);
        }

        foreach (var entry in library.Faq)
        {
            pages.Add(entry.Url, entry.Question);
        }

        return pages;
    }

    [Theory]
    [MemberData(nameof(FixedPages))]
    [MemberData(nameof(ContentPages))]
    public async Task Page_returns_200_with_its_title_and_h1(string url, string title)
    {
        var (response, page) = await HtmlPage.GetAsync(_client, url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(title, page.QuerySelector("main h1").Text());
        Assert.StartsWith(title, page.Title);
        Assert.Single(page.QuerySelectorAll("h1"));
    }

    [Theory]
    [MemberData(nameof(FixedPages))]
    [MemberData(nameof(ContentPages))]
    public async Task Page_has_the_shared_layout(string url, string title)
    {
        _ = title;
        var (_, page) = await HtmlPage.GetAsync(_client, url);

        AssertLayout(page);
        Assert.NotEmpty(page.QuerySelector("meta[name=description]")?.GetAttribute("content") ?? "");
        Assert.Equal(SiteFactory.PublicBaseUrl.TrimEnd('/') + (url == "/" ? "/" : url), page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Article_page_shows_contents_sources_review_dates_and_neighbours()
    {
        var library = site.Services.GetRequiredService<ContentLibraryProvider>().Current;
        var article = library.Articles[1];

        var (_, page) = await HtmlPage.GetAsync(_client, article.Url);

        var contents = page.QuerySelectorAll(".on-this-page a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(article.OnThisPage.Select(h => "#" + h.Id).Append("#sources"), contents);
        foreach (var href in contents)
        {
            Assert.NotNull(page.GetElementById(href![1..]));
        }

        Assert.Equal(article.Sources.Length, page.QuerySelectorAll(".heading-row:has(#sources) ~ ol.sources > li").Length);
        Assert.Contains("Last reviewed", page.QuerySelector(".review-dates").Text());
        Assert.Equal(article.LastReviewed.ToString("yyyy-MM-dd"), page.QuerySelector(".review-dates time")?.GetAttribute("datetime"));
        Assert.Contains("Not yet reviewed by a clinician", page.QuerySelector(".review-dates").Text());
        Assert.Equal(library.Articles[0].Url, page.QuerySelector("a[rel=prev]")?.GetAttribute("href"));
        Assert.Equal(library.Articles[2].Url, page.QuerySelector("a[rel=next]")?.GetAttribute("href"));
        var crumbs = page.QuerySelectorAll("nav[aria-label=Breadcrumb] li").Select(li => li.Text()).ToList();
        // The way back only: the page's own title is the heading just below.
        Assert.Equal(["Home", "Articles"], crumbs);
        Assert.Equal(["/", "/articles"], page.QuerySelectorAll("nav[aria-label=Breadcrumb] a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Article_sections_link_to_themselves()
    {
        var article = site.Services.GetRequiredService<ContentLibraryProvider>().Current.Articles[0];

        var (_, page) = await HtmlPage.GetAsync(_client, article.Url);

        foreach (var heading in article.OnThisPage)
        {
            var h2 = page.GetElementById(heading.Id);
            Assert.Equal("H2", h2?.TagName);
            Assert.Equal("#" + heading.Id, h2!.QuerySelector("a.self-link")?.GetAttribute("href"));
        }
    }

    [Fact]
    public async Task Faq_page_gives_every_entry_its_own_linkable_id()
    {
        var library = site.Services.GetRequiredService<ContentLibraryProvider>().Current;

        var (_, page) = await HtmlPage.GetAsync(_client, "/faq");

        foreach (var entry in library.Faq)
        {
            var section = page.GetElementById(entry.Slug);
            Assert.NotNull(section);
            Assert.Equal(entry.Question, section.QuerySelector("h2").Text());
            Assert.Equal(entry.Url, section.QuerySelector(".faq-permalink a")?.GetAttribute("href"));
        }
    }

    [Fact]
    public async Task Home_page_lists_every_topic_in_order_and_popular_questions()
    {
        var library = site.Services.GetRequiredService<ContentLibraryProvider>().Current;

        var (_, page) = await HtmlPage.GetAsync(_client, "/");

        var topics = page.QuerySelectorAll("#topics ~ ol .card-link").Select(a => a.GetAttribute("href"));
        Assert.Equal(library.Articles.Select(a => a.Url), topics);
        var popular = page.QuerySelectorAll("#popular ~ ul a").Select(a => a.GetAttribute("href")).ToList();
        Assert.NotEmpty(popular);
        Assert.Equal(library.PopularQuestions.Select(f => f.Url), popular);
    }

    [Theory]
    [InlineData("/articles/no-such-article")]
    [InlineData("/faq/no-such-question")]
    [InlineData("/no-such-page")]
    [InlineData("/articles/milk-storage/extra")]
    [InlineData("/articles/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/articles/%2e%2e%2f%2e%2e%2fetc%2fpasswd")]
    [InlineData("/articles/..%252F..%252Fetc%252Fpasswd")]
    [InlineData("/faq/..%5C..%5Cappsettings.json")]
    [InlineData("/css/../../appsettings.json")]
    [InlineData("/status/500")]
    public async Task Unknown_address_returns_404_with_the_layout(string url)
    {
        var (response, page) = await HtmlPage.GetAsync(_client, url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.QuerySelector("main h1").Text());
        Assert.NotNull(page.QuerySelector("main a[href='/']"));
        AssertLayout(page);
        Assert.DoesNotContain("passwd", page.DocumentElement.OuterHtml);
        Assert.DoesNotContain("appsettings", page.DocumentElement.OuterHtml);
    }

    [Fact]
    public async Task Error_page_is_friendly_and_hides_details()
    {
        var (response, page) = await HtmlPage.GetAsync(_client, "/error");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Sorry, something went wrong", page.QuerySelector("main h1").Text());
        AssertLayout(page);
        Assert.DoesNotContain("Exception", page.Body!.TextContent);
    }

    [Fact]
    public async Task Canonical_link_comes_from_configuration_not_the_host_header()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/faq");
        request.Headers.Host = "attacker.example";

        var response = await _client.SendAsync(request);
        var page = HtmlPage.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(SiteFactory.PublicBaseUrl + "faq", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.DoesNotContain("attacker.example", page.DocumentElement.OuterHtml);
    }

    [Fact]
    public async Task Stylesheet_is_served()
    {
        var (_, page) = await HtmlPage.GetAsync(_client, "/");
        var href = page.QuerySelector("link[rel=stylesheet]")?.GetAttribute("href");

        var css = await _client.GetStringAsync(href);

        Assert.Contains("--bg", css);
    }

    internal static void AssertLayout(IDocument page)
    {
        var firstLink = page.Body!.QuerySelector("a");
        Assert.Equal("#main-content", firstLink?.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("header nav[aria-label=Main]"));
        Assert.Single(page.QuerySelectorAll("main#main-content"));
        Assert.Contains("does not replace care", page.QuerySelector("footer").Text());
        Assert.Equal("en-GB", page.DocumentElement.GetAttribute("lang"));
    }
}
