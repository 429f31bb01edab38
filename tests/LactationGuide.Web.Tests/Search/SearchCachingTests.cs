using System.Net;
using LactationGuide.Web.Search;

namespace LactationGuide.Web.Tests.Search;

/// <summary>Repeated searches come from the output cache; the key holds what the page is made from and nothing else.</summary>
[Collection(SiteCollection.Name)]
public sealed class SearchCachingTests(SiteFactory site)
{
    private readonly HttpClient _client = site.CreateClient();

    [Fact]
    public async Task A_repeated_search_is_served_from_the_output_cache()
    {
        await Get("/search?q=cracked+nipples");
        var second = await Get("/search?q=cracked+nipples");

        // The output cache marks what it serves with an Age header; a freshly rendered page has none.
        Assert.NotNull(second.Response.Headers.Age);
        Assert.Equal("/articles/when-to-get-help#nipple-pain", FirstResult(second.Html));
    }

    [Fact]
    public async Task Queries_the_search_reads_alike_share_a_page_and_other_queries_do_not()
    {
        await Get("/search?q=colostrum");
        var spaced = await Get("/search?q=%20%20colostrum%20");
        var other = await Get("/search?q=oxytocin");

        Assert.NotNull(spaced.Response.Headers.Age);
        Assert.Null(other.Response.Headers.Age);
        Assert.Equal("/glossary#oxytocin", FirstResult(other.Html));
    }

    [Fact]
    public async Task A_search_address_with_other_parameters_is_rendered_fresh()
    {
        await Get("/search?q=lump&utm_source=message");
        var again = await Get("/search?q=lump&utm_source=message");
        var twice = await Get("/search?q=lump&q=fridge");

        Assert.Null(again.Response.Headers.Age);
        Assert.Null(twice.Response.Headers.Age);
    }

    [Fact]
    public void Pages_are_stored_up_to_the_limit_in_a_period_and_again_in_the_next()
    {
        var clock = new SettableClock();
        var allowance = new PeriodicAllowance(3, TimeSpan.FromMinutes(10), clock);

        var first = Enumerable.Range(0, 5).Select(_ => allowance.TryTake()).ToList();
        clock.Now += TimeSpan.FromMinutes(9);
        var sameperiod = allowance.TryTake();
        clock.Now += TimeSpan.FromMinutes(1);
        var next = allowance.TryTake();

        Assert.Equal([true, true, true, false, false], first);
        Assert.False(sameperiod);
        Assert.True(next);
    }

    private async Task<(HttpResponseMessage Response, AngleSharp.Dom.IDocument Html)> Get(string url)
    {
        var (response, page) = await HtmlPage.GetAsync(_client, url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (response, page);
    }

    private static string? FirstResult(AngleSharp.Dom.IDocument page) =>
        page.QuerySelector("ol.search-results .search-result-title a")?.GetAttribute("href");

    private sealed class SettableClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 12, 6, 3, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
