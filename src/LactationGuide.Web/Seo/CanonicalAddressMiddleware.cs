using LactationGuide.Web.Caching;

namespace LactationGuide.Web.Seo;

/// <summary>
/// Sends a reader who asked for a page by another spelling of its address to its one canonical address, with a 301,
/// so that links, bookmarks, search engines and caches all see one page at one address.
/// </summary>
/// <remarks>
/// Routing matches paths whatever their case, with or without a trailing slash, and gives each Index page a second
/// address ending in <c>/index</c>; slugs are lowercase. Each of those pages answered 200 and called itself canonical,
/// and an article asked for in capitals was a 200 or a 404 depending on whether the output cache (whose keys ignore
/// case) held the lowercase page.
/// </remarks>
internal sealed class CanonicalAddressMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        var canonical = Canonical(path);
        if (canonical == path || !context.IsCacheablePage())
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
        context.Response.Headers.Location = new PathString(canonical).ToUriComponent() + context.Request.QueryString.ToUriComponent();
        context.Response.Headers.CacheControl = "public, max-age=86400";
        return Task.CompletedTask;
    }

    /// <summary>The address's canonical spelling: lowercase, no trailing slash, no <c>/index</c>, no empty segments.</summary>
    internal static string Canonical(string path)
    {
        // Nearly every request is already canonical: answer those without splitting (ToLowerInvariant returns the
        // same string when nothing changes).
        var lower = path.ToLowerInvariant();
        if (ReferenceEquals(lower, path) && path.StartsWith('/') && (path.Length == 1 || !path.EndsWith('/'))
            && !path.Contains("//", StringComparison.Ordinal) && !path.EndsWith("/index", StringComparison.Ordinal))
        {
            return path;
        }

        var segments = lower.Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (segments.Count > 0 && segments[^1] == "index")
        {
            segments.RemoveAt(segments.Count - 1);
        }

        return "/" + string.Join('/', segments);
    }
}
