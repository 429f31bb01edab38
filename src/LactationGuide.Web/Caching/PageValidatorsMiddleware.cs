using System.Buffers.Text;
using System.Security.Cryptography;
using LactationGuide.Web.Content;
using Microsoft.AspNetCore.Http.Headers;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace LactationGuide.Web.Caching;

/// <summary>
/// Gives every page an <c>ETag</c>, a <c>Last-Modified</c> date and a <c>Cache-Control</c> a CDN may act on, and answers
/// a matching conditional request with <c>304 Not Modified</c>. Runs only when the page is rendered: the output cache
/// stores these headers and answers conditional requests itself for the pages it holds.
/// </summary>
/// <remarks>
/// The ETag is a hash of the page itself, not of anything about this process, so that several instances behind one CDN
/// agree on it and a restart does not make every reader download every page again. It is weak (<c>W/</c>) because the
/// same page is sent Brotli-, gzip- or un-compressed. Last-Modified is when this instance loaded its content: the page
/// cannot have changed after that, which is the promise the header makes.
/// </remarks>
internal sealed class PageValidatorsMiddleware(RequestDelegate next, ContentLibraryProvider content, IOptions<CachingOptions> options)
{
    private readonly string _cacheControl =
        $"public, max-age={options.Value.BrowserMaxAgeSeconds}, s-maxage={options.Value.SharedMaxAgeSeconds}";

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) || !context.IsCacheablePage())
        {
            await next(context);
            return;
        }

        var response = context.Response;
        var original = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = original;
        }

        if (response.StatusCode != StatusCodes.Status200OK)
        {
            // An error or a missing page must not be kept by a CDN: the next request may well succeed.
            if (response.StatusCode >= 400 && !response.HasStarted)
            {
                response.Headers.CacheControl = "no-store";
            }

            buffer.Position = 0;
            await buffer.CopyToAsync(original, context.RequestAborted);
            return;
        }

        var etag = new EntityTagHeaderValue(Hash(buffer), isWeak: true);
        var lastModified = TruncateToSeconds(content.Current.LoadedAt);
        var headers = response.GetTypedHeaders();
        headers.ETag = etag;
        headers.LastModified = lastModified;
        if (string.IsNullOrEmpty(response.Headers.CacheControl))
        {
            response.Headers.CacheControl = _cacheControl;
        }

        if (IsNotModified(request.GetTypedHeaders(), etag, lastModified))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            response.Headers.ContentType = default;
            return;
        }

        response.ContentLength = buffer.Length;
        if (HttpMethods.IsHead(request.Method))
        {
            return;
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    /// <summary>RFC 9110 section 13.2.2: If-None-Match wins; If-Modified-Since counts only without it.</summary>
    private static bool IsNotModified(RequestHeaders request, EntityTagHeaderValue etag, DateTimeOffset lastModified)
    {
        if (request.IfNoneMatch is { Count: > 0 } ifNoneMatch)
        {
            return ifNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false));
        }

        return request.IfModifiedSince is { } since && lastModified <= since;
    }

    private static string Hash(MemoryStream body)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(body.GetBuffer().AsSpan(0, (int)body.Length), hash);
        return '"' + Base64Url.EncodeToString(hash[..16]) + '"';
    }

    private static DateTimeOffset TruncateToSeconds(DateTimeOffset time) =>
        new(time.UtcTicks - (time.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
}
