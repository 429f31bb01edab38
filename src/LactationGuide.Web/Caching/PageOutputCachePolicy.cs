using System.Globalization;
using LactationGuide.Web.Content;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;

namespace LactationGuide.Web.Caching;

/// <summary>
/// Keeps each page's finished, compressed response in memory, so a warm page costs a lookup and a copy.
/// </summary>
/// <remarks>
/// Only requests without a query string are cached: a page whose output depends on the query (search, the milk storage
/// planner) is then always rendered fresh, and nobody can fill the cache with made-up query strings. The key includes the
/// content library's version, so a page rendered from the old content during a reload can never be served after it, and
/// the encoding the compression middleware will choose, because the stored body is already compressed.
/// </remarks>
internal sealed class PageOutputCachePolicy(ContentLibraryProvider content, IResponseCompressionProvider compression) : IOutputCachePolicy
{
    public const string Tag = "content";

    /// <summary>Pages change only when the content reloads (which evicts them) or the app restarts; a day bounds memory held by rarely read pages.</summary>
    private static readonly TimeSpan ServerDuration = TimeSpan.FromDays(1);

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        if (!http.IsCacheablePage())
        {
            context.EnableOutputCaching = false;
            return ValueTask.CompletedTask;
        }

        var request = http.Request;
        var attempt = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && !request.QueryString.HasValue
            && !request.Headers.ContainsKey("Authorization")
            && content.IsLoaded;

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = attempt;
        context.AllowCacheStorage = attempt;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = ServerDuration;
        context.Tags.Add(Tag);
        if (attempt)
        {
            context.CacheVaryByRules.VaryByValues["content"] = content.Current.LoadedAt.UtcTicks.ToString(CultureInfo.InvariantCulture);
            context.CacheVaryByRules.VaryByValues["encoding"] = compression.CheckRequestAcceptsCompression(http)
                ? compression.GetCompressionProvider(http)?.EncodingName ?? "identity"
                : "identity";
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

        return ValueTask.CompletedTask;
    }
}
