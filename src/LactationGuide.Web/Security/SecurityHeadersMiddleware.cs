namespace LactationGuide.Web.Security;

/// <summary>
/// Adds the site's security headers to every response: pages, static files, errors and cached responses alike.
/// </summary>
/// <remarks>
/// The headers are added when the response starts rather than now, because the exception handler clears the
/// headers of a failed response before it writes the error page.
/// </remarks>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next, SvgStylePolicy svg)
{
    /// <summary>
    /// Everything comes from this site: no inline script or style, no plug-ins, no framing, and forms only post
    /// back here. <c>base-uri 'none'</c> stops an injected &lt;base&gt; from redirecting relative links.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'";

    /// <summary>The site needs none of these; denying them means an injected script could not ask for them either.</summary>
    public const string PermissionsPolicy =
        "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()";

    private readonly Func<object, Task> _addHeaders = state =>
    {
        var headers = ((HttpResponse)state).Headers;
        headers.ContentSecurityPolicy = headers.ContentType.ToString().StartsWith("image/svg+xml", StringComparison.Ordinal)
            ? svg.ContentSecurityPolicy
            : ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";

        // What a parent reads about is nobody else's business, so the sites we link to are not told where they came from.
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = PermissionsPolicy;
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        return Task.CompletedTask;
    };

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(_addHeaders, context.Response);
        return next(context);
    }
}
