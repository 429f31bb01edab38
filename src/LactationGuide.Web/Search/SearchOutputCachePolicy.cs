using System.Globalization;
using LactationGuide.Web.Caching;
using LactationGuide.Web.Content;
using Microsoft.AspNetCore.OutputCaching;

namespace LactationGuide.Web.Search;

/// <summary>
/// Keeps the result page of a search in the output cache for a while, so a search many readers make ("mastitis", "how
/// long does milk keep in the fridge") is rendered once rather than on every request. Applied to the search page only,
/// after the site's own page policy (which renders anything with a query string fresh).
/// </summary>
/// <remarks>
/// <para>
/// The key is what the page is made from: the query as the search reads it (<see cref="SearchQuery.Text"/>, so
/// <c>q=%20milk</c> and <c>q=milk</c> share a page, and nothing the page never reads can split or poison it), the
/// version of the content and of the search index (a content or synonym reload makes every older page unreachable),
/// and the encoding, as pages are stored compressed; never the Host header. Only a plain <c>/search?q=…</c> is cached: an
/// address with other parameters is rendered fresh, which is also how the benchmark measures an uncached search.
/// </para>
/// <para>
/// Made-up queries are unlimited, so the cache they can fill must not be: a page is kept for
/// <see cref="Duration"/>, and at most <see cref="MaxStoredPerPeriod"/> pages are stored in each such period (a few
/// megabytes), so that a flood of unique searches cannot push the articles out of the cache. Past the limit, searches
/// are still answered, just rendered each time.
/// </para>
/// </remarks>
internal sealed class SearchOutputCachePolicy(SiteSearch search, ContentLibraryProvider content, PageOutputCachePolicy pages, TimeProvider clock) : IOutputCachePolicy
{
    public const string Name = "search";

    public const string QueryKey = "q";

    /// <summary>Long enough for a popular search to be asked again many times; short enough that stale pages go soon.</summary>
    public static readonly TimeSpan Duration = TimeSpan.FromMinutes(10);

    /// <summary>A result page is 3 to 5 KB compressed: a few thousand of them are a small share of the cache's 64 MB.</summary>
    public const int MaxStoredPerPeriod = 2_000;

    private readonly PeriodicAllowance _storage = new(MaxStoredPerPeriod, Duration, clock);

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var request = context.HttpContext.Request;
        if (!request.QueryString.HasValue)
        {
            // The search page with nothing asked is a page like any other, cached as the site's page policy decided.
            return ValueTask.CompletedTask;
        }

        var attempt = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && request.Query.Count == 1
            && request.Query.TryGetValue(QueryKey, out var values)
            && values.Count == 1
            && !request.Headers.ContainsKey("Authorization")
            && content.IsLoaded
            && search.IsReady;

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = attempt;
        context.AllowCacheStorage = attempt;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = Duration;
        if (attempt)
        {
            // Keyed as a page is (the content's version and the encoding, never the host, so made-up hosts cannot
            // fill the cache), and by the query as the search reads it and the index's version.
            pages.VaryLikeAPage(context);
            context.CacheVaryByRules.VaryByValues["q"] = SearchQuery.Parse(request.Query[QueryKey]).Text;
            context.CacheVaryByRules.VaryByValues["index"] = search.Version.ToString(CultureInfo.InvariantCulture);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
        {
            context.AllowCacheStorage = false;
        }
        else if (context.AllowCacheStorage)
        {
            context.AllowCacheStorage = _storage.TryTake();
        }

        return ValueTask.CompletedTask;
    }
}
