using System.Net;
using LactationGuide.Web.Search;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LactationGuide.Web.Tests.Search;

/// <summary>
/// New searches take turns, one fewer at a time than there are cores, so that a burst of them leaves a core for every
/// other page; but none is ever turned away: a parent searching for a warning sign always gets the answer.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class SearchConcurrencyTests(SiteFactory site)
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 1)]
    [InlineData(8, 7)]
    public void New_searches_leave_one_core_for_other_pages_but_always_have_one(int cores, int searchesAtOnce) =>
        Assert.Equal(searchesAtOnce, SearchConcurrency.Limit(cores));

    /// <summary>The turns are taken only by the search page: articles, answers and the rest never wait behind searches.</summary>
    [Fact]
    public void Only_the_search_page_takes_turns()
    {
        site.CreateClient().Dispose();
        var limited = site.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == SearchConcurrency.Policy)
            .Select(e => e.RoutePattern.RawText)
            .Order(StringComparer.Ordinal)
            .ToList();

        // Razor Pages maps /search and /Search/Index to the same page.
        Assert.Equal(["Search", "Search/Index"], limited);
    }

    [Fact]
    public async Task A_burst_of_new_searches_waits_its_turn_and_every_one_is_answered()
    {
        using var client = site.CreateClient();

        // Each address is new to the output cache (a parameter it does not keep), so every one is searched.
        var responses = await Task.WhenAll(Enumerable.Range(0, 64).Select(async i =>
        {
            var (response, page) = await HtmlPage.GetAsync(client, $"/search?q=baby+not+breathing&burst={i}");
            return (response.StatusCode, FirstResult: page.QuerySelector("ol.search-results .search-result-title a")?.GetAttribute("href"),
                Warning: page.QuerySelector("section.sign-matches .callout") is not null);
        }));

        Assert.All(responses, r =>
        {
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.NotNull(r.FirstResult);
            Assert.True(r.Warning, "the warning-sign box was missing from a search answered in a burst");
        });
    }
}
