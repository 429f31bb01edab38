using System.Net;
using AngleSharp.Dom;
using LactationGuide.Web.Content;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LactationGuide.Web.Tests.Pages;

[Collection(SiteCollection.Name)]
public sealed class PageTests(SiteFactory site)
{
    private readonly HttpClient _client = site.CreateClient();

    /// <summary>The title of each of the site's own pages (<see cref="SitePages.Fixed"/>): a new page needs one here.</summary>
    private static readonly Dictionary<string, string> FixedTitles = new(StringComparer.Ordinal)
    {
        ["/"] = "How breast milk is made",
        ["/about"] = "About this guide",
        ["/articles"] = "All articles",
        ["/faq"] = "Questions parents ask",
        ["/glossary"] = "Glossary",
        ["/list/build"] = "Make a reading list",
        [SitePages.ReadingList] = "Reading list",
        ["/search"] = "Search",
        ["/tools/milk-storage"] = "Until when can I use this milk?",
        ["/unwell"] = "Is my baby unwell?",
    };

    /// <summary>Every page of <see cref="SitePages"/> but the 404, with the title it must show.</summary>
    public static TheoryData<string, string> Pages()
    {
        using var factory = new SiteFactory();
        var library = factory.Services.GetRequiredService<ContentLibraryProvider>().Current;
        var titles = library.Articles.Select(a => (a.Url, a.Title)).Concat(library.Faq.Select(f => (f.Url, f.Question))).ToDictionary();
        var pages = new TheoryData<string, string>();
        foreach (var url in SitePages.All.Where(u => u != SitePages.NotFound))
        {
            pages.Add(url, FixedTitles.GetValueOrDefault(url) ?? titles.GetValueOrDefault(url) ?? $"(no title listed for {url}: add it to PageTests.FixedTitles)");
        }

        return pages;
    }

    [Fact]
    public void The_list_of_pages_holds_every_fixed_page_and_all_the_content()
    {
        var library = site.Services.GetRequiredService<ContentLibraryProvider>().Current;

        Assert.Equal(FixedTitles.Keys.Order(StringComparer.Ordinal), SitePages.Fixed);
        Assert.Equal(library.Articles.Length + library.Faq.Length, SitePages.Content.Count);
        Assert.Equal(SitePages.All.Count, SitePages.All.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Pages))]
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
    [MemberData(nameof(Pages))]
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
    [InlineData("/status/200")]
    [InlineData("/error")]
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
    public async Task A_failure_shows_the_friendly_error_page_and_hides_details()
    {
        using var failing = site.WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new FailingEndpoint()));
        });
        var client = failing.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(SiteFactory.PublicBaseUrl) });

        var (response, page) = await HtmlPage.GetAsync(client, FailingEndpoint.Path);

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

    /// <summary>
    /// A parent on a slow connection downloads the stylesheet on a first visit: it is served without the comments and
    /// spaces written for its editors (<c>ServedAssets.targets</c>), a third fewer bytes. That no rule changes
    /// is checked in a browser (<c>StylesheetBrowserTests</c>).
    /// </summary>
    [Theory]
    [InlineData("site.css")]
    [InlineData("milk-label.css")]
    public async Task Stylesheets_are_served_without_the_comments_written_for_their_editors(string file)
    {
        var source = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.WebProject, "Styles", file));

        var served = await _client.GetStringAsync($"/css/{file}");

        Assert.Contains("/*", source);
        Assert.DoesNotContain("/*", served);
        Assert.DoesNotContain("\n", served);
        Assert.True(served.Length < source.Length * 0.8, $"{served.Length} characters served of {source.Length} written");
    }

    /// <summary>
    /// The scripts too are served without the comment lines and indentation written for their editors
    /// (<c>ServedAssets.targets</c>), line for line otherwise; the browser tests run them as served.
    /// </summary>
    [Theory]
    [InlineData("site.js")]
    [InlineData("theme.js")]
    [InlineData("reading-list.js")]
    [InlineData("milk-storage.js")]
    public async Task Scripts_are_served_without_the_comment_lines_written_for_their_editors(string file)
    {
        var source = await File.ReadAllLinesAsync(Path.Combine(RepositoryPaths.WebProject, "Scripts", file));

        var served = (await _client.GetStringAsync($"/js/{file}")).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Contains(source, line => line.TrimStart().StartsWith("//", StringComparison.Ordinal));
        Assert.Equal(source.Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("//", StringComparison.Ordinal)), served);
    }

    /// <summary>An address that fails after the exception handler, as a bug in a page would.</summary>
    private sealed class FailingEndpoint : IStartupFilter
    {
        public const string Path = "/test-only/fails";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Map(Path, failing => failing.Run(_ => throw new InvalidOperationException("a failure on purpose")));
        };
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
