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

    /// <summary><c>/sitemap.xml</c> and <c>/robots.txt</c>, cached and validated like pages.</summary>
    public static IEndpointRouteBuilder MapSearchEngineFiles(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/sitemap.xml", (SearchEngineFiles files) => Results.Text(files.Sitemap(), "application/xml; charset=utf-8"))
            .CacheAsPage();
        endpoints.MapGet("/robots.txt", (SearchEngineFiles files) => Results.Text(files.Robots(), "text/plain; charset=utf-8"))
            .CacheAsPage();
        return endpoints;
    }
}
