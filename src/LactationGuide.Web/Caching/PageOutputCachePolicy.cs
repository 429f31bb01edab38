using System.Collections.Concurrent;
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

    private const int MaxEncodingsKept = 64;

    private readonly ConcurrentDictionary<string, string> _encodings = new(StringComparer.Ordinal);

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
            VaryLikeAPage(context);
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Keys a response by the content's version and the encoding it will be sent in, never by host, as every page is: for a policy
    /// that caches a page this one does not (a reading list, whose address has a query).
    /// </summary>
    internal void VaryLikeAPage(OutputCacheContext context)
    {
        // Pages are the same whatever Host the request names (every address in them comes from Site:PublicBaseUrl),
        // so the host stays out of the key: made-up hosts can neither fill the cache nor push real pages out of it.
        context.CacheVaryByRules.VaryByHost = false;
        context.CacheVaryByRules.VaryByValues["content"] = content.Current.Version.ToString(CultureInfo.InvariantCulture);
        context.CacheVaryByRules.VaryByValues["encoding"] = EncodingFor(context.HttpContext);
    }

    /// <summary>
    /// The encoding the compression middleware will choose. It depends on the Accept-Encoding header alone, and
    /// browsers send only a handful of different ones, so each answer is kept rather than the header parsed and the
    /// providers sorted on every request.
    /// </summary>
    private string EncodingFor(HttpContext http)
    {
        var acceptEncoding = http.Request.Headers.AcceptEncoding.ToString();
        if (_encodings.TryGetValue(acceptEncoding, out var encoding))
        {
            return encoding;
        }

        encoding = compression.CheckRequestAcceptsCompression(http)
            ? compression.GetCompressionProvider(http)?.EncodingName ?? "identity"
            : "identity";

        // Made-up headers must not grow this without end; past the limit they are simply worked out each time.
        if (_encodings.Count < MaxEncodingsKept)
        {
            _encodings.TryAdd(acceptEncoding, encoding);
        }

        return encoding;
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
