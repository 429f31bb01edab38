using System.Text;
using LactationGuide.Web.Caching;

namespace LactationGuide.Web.Seo;

public static class SeoExtensions
{
    public static IServiceCollection AddSearchEngineFiles(this IServiceCollection services)
    {
        services.AddSingleton<SearchEngineFiles>();
        services.AddSingleton<StructuredData>();
        return services;
    }

    /// <summary>
    /// <c>/sitemap.xml</c> and <c>/robots.txt</c>, for GET and HEAD (a crawler checks them with HEAD), cached and
    /// validated like pages. Plain request delegates rather than handlers with parameters: those are compiled from
    /// expression trees when the first request builds the routes, which was a measurable part of the time to the
    /// first page (docs/performance.md).
    /// </summary>
    public static IEndpointRouteBuilder MapSearchEngineFiles(this IEndpointRouteBuilder endpoints)
    {
        string[] getAndHead = [HttpMethods.Get, HttpMethods.Head];
        endpoints.MapMethods("/sitemap.xml", getAndHead, context => WriteText(context, Files(context).Sitemap(), "application/xml; charset=utf-8"))
            .CacheAsPage();
        endpoints.MapMethods("/robots.txt", getAndHead, context => WriteText(context, Files(context).Robots(), "text/plain; charset=utf-8"))
            .CacheAsPage();
        return endpoints;
    }

    /// <summary>
    /// One address per page: <c>/FAQ</c>, <c>/faq/</c>, <c>/about/index</c> and <c>/articles/First-Days</c> are sent
    /// on to <c>/faq</c>, <c>/about</c> and <c>/articles/first-days</c>. Goes after <c>UseRouting</c> (only pages are
    /// redirected) and before the output cache, so that a page's answer never depends on what the cache holds.
    /// </summary>
    public static IApplicationBuilder UseCanonicalAddresses(this IApplicationBuilder app) =>
        app.UseMiddleware<CanonicalAddressMiddleware>();

    private static SearchEngineFiles Files(HttpContext context) => context.RequestServices.GetRequiredService<SearchEngineFiles>();

    private static Task WriteText(HttpContext context, string text, string contentType)
    {
        context.Response.ContentType = contentType;
        context.Response.ContentLength = Encoding.UTF8.GetByteCount(text);
        return context.Response.WriteAsync(text, Encoding.UTF8, context.RequestAborted);
    }
}
