namespace LactationGuide.Web.Security;

/// <summary>
/// Answers 405 to every method but GET, HEAD and POST. Razor Pages otherwise render a page for any method, running no
/// handler when none matches (TRACE gets past antiforgery, being "safe"), so the page would be drawn without its model.
/// </summary>
internal sealed class AllowedMethodsMiddleware(RequestDelegate next)
{
    private const string Allowed = "GET, HEAD, POST";

    public Task InvokeAsync(HttpContext context)
    {
        var method = context.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsPost(method))
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        context.Response.Headers.Allow = Allowed;
        context.Response.Headers.CacheControl = "no-store";
        return Task.CompletedTask;
    }
}
