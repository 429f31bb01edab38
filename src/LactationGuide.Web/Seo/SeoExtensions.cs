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
    /// <c>/sitemap.xml</c> and <c>/robots.txt</c>, cached and validated like pages. Plain request delegates rather
    /// than handlers with parameters: those are compiled from expression trees when the first request builds the
    /// routes, which was a measurable part of the time to the first page (docs/performance.md).
    /// </summary>
    public static IEndpointRouteBuilder MapSearchEngineFiles(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/sitemap.xml", context => WriteText(context, Files(context).Sitemap(), "application/xml; charset=utf-8"))
            .CacheAsPage();
        endpoints.MapGet("/robots.txt", context => WriteText(context, Files(context).Robots(), "text/plain; charset=utf-8"))
            .CacheAsPage();
        return endpoints;
    }

    private static SearchEngineFiles Files(HttpContext context) => context.RequestServices.GetRequiredService<SearchEngineFiles>();

    private static Task WriteText(HttpContext context, string text, string contentType)
    {
        context.Response.ContentType = contentType;
        context.Response.ContentLength = Encoding.UTF8.GetByteCount(text);
        return context.Response.WriteAsync(text, Encoding.UTF8, context.RequestAborted);
    }
}
