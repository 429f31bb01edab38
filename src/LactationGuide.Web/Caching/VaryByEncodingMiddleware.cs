using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace LactationGuide.Web.Caching;

/// <summary>
/// Says <c>Vary: Accept-Encoding</c> on every response whose body could have been compressed, whether it was or not.
/// </summary>
/// <remarks>
/// The compression middleware says it only when it compresses, so a page asked for without Accept-Encoding went out
/// without it, and a shared cache (nginx, a CDN) could keep that uncompressed copy and give it to every browser, or
/// keep a Brotli copy and give it to a client that cannot read it. Runs before the output cache, so that pages served
/// from the cache say it too.
/// </remarks>
internal sealed class VaryByEncodingMiddleware(RequestDelegate next, IOptions<ResponseCompressionOptions> compression)
{
    private readonly HashSet<string> _compressible = new(compression.Value.MimeTypes ?? [], StringComparer.OrdinalIgnoreCase);

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(AddVary, context);
        return next(context);
    }

    private Task AddVary(object state)
    {
        var context = (HttpContext)state;
        var response = context.Response;
        var negotiated = context.IsCacheablePage()
            || (MediaTypeHeaderValue.TryParse(response.ContentType, out var type) && _compressible.Contains(type.MediaType.Value ?? ""));
        if (negotiated && !response.Headers.Vary.Any(v => v?.Contains(HeaderNames.AcceptEncoding, StringComparison.OrdinalIgnoreCase) == true))
        {
            response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
        }

        return Task.CompletedTask;
    }
}
