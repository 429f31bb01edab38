namespace LactationGuide.Web.Security;

/// <summary>
/// Answers 405 to every method but GET and HEAD: the site only shows pages (its forms send GET), so nothing may post to
/// it. Razor Pages would otherwise render a page for any method, running no handler when none matches (TRACE gets
/// past antiforgery, being "safe"), and a POST to the page-not-found page would be drawn as a 200.
/// </summary>
internal sealed class AllowedMethodsMiddleware(RequestDelegate next)
{
    private const string Allowed = "GET, HEAD";

    public Task InvokeAsync(HttpContext context)
    {
        var method = context.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method))
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        context.Response.Headers.Allow = Allowed;
        context.Response.Headers.CacheControl = "no-store";
        return Task.CompletedTask;
    }
}
