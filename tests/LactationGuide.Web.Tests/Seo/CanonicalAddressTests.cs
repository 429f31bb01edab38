using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LactationGuide.Web.Tests.Seo;

/// <summary>
/// One address per page: any other spelling of it is sent there with a 301, the same way whatever the output cache
/// holds, and the page at its own address calls itself canonical.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class CanonicalAddressTests(SiteFactory site)
{
    private readonly HttpClient _client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Theory]
    [InlineData("/index", "/")]
    [InlineData("/Index", "/")]
    [InlineData("/about/index", "/about")]
    [InlineData("/articles/index", "/articles")]
    [InlineData("/faq/index", "/faq")]
    [InlineData("/FAQ", "/faq")]
    [InlineData("/faq/", "/faq")]
    [InlineData("/About/", "/about")]
    [InlineData("/articles/First-Days", "/articles/first-days")]
    [InlineData("/ARTICLES/FIRST-DAYS/", "/articles/first-days")]
    [InlineData("/faq/Mastitis", "/faq/mastitis")]
    [InlineData("/Search?q=Milk", "/search?q=Milk")]
    [InlineData("/Tools/Milk-Storage?place=fridge", "/tools/milk-storage?place=fridge")]
    [InlineData("/sitemap.XML", "/sitemap.xml")]
    public async Task Another_spelling_of_a_page_s_address_is_sent_to_the_page_for_good(string url, string canonical)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(canonical, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [MemberData(nameof(SitePages.AllAsTheory), MemberType = typeof(SitePages))]
    public async Task Every_page_answers_at_its_own_address_and_names_it_canonical(string url)
    {
        var (response, page) = await HtmlPage.GetAsync(_client, url);

        Assert.Equal(url == SitePages.NotFound ? HttpStatusCode.NotFound : HttpStatusCode.OK, response.StatusCode);
        if (url != SitePages.NotFound)
        {
            Assert.Equal(new Uri(new Uri(SiteFactory.PublicBaseUrl), url).ToString(), page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        }
    }

    /// <summary>The output cache's keys ignored case: a capitalised slug was a 404 until the page was cached, then a 200.</summary>
    [Fact]
    public async Task A_capitalised_slug_gets_the_same_answer_before_and_after_the_page_is_cached()
    {
        using var fresh = new SiteFactory();
        var client = fresh.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var before = await client.GetAsync("/articles/Milk-Storage");
        var page = await client.GetAsync("/articles/milk-storage");
        var cached = await client.GetAsync("/articles/milk-storage");
        var after = await client.GetAsync("/articles/Milk-Storage");

        Assert.NotNull(cached.Headers.Age);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        foreach (var answer in new[] { before, after })
        {
            Assert.Equal(HttpStatusCode.MovedPermanently, answer.StatusCode);
            Assert.Equal("/articles/milk-storage", answer.Headers.Location?.OriginalString);
        }
    }

    [Theory]
    [InlineData("//evil.example/index")]
    [InlineData("/%5Cevil.example/index")]
    [InlineData("/%5C%5Cevil.example/About")]
    [InlineData("///evil.example/FAQ")]
    public async Task A_redirect_never_leads_to_another_site(string url)
    {
        var response = await _client.GetAsync(new Uri("http://localhost" + url));

        var location = response.Headers.Location?.OriginalString ?? "/";
        Assert.Matches("^/(?![/\\\\])", location);
        Assert.DoesNotContain("evil", location.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "");
    }
}
