namespace LactationGuide.Web.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>
    /// Site search, its index built as the app starts. Register after <c>AddContentLibrary()</c>: hosted services
    /// start in order, and the index is built from the loaded library.
    /// </summary>
    public static IServiceCollection AddSiteSearch(this IServiceCollection services)
    {
        services.AddSingleton<SiteSearch>();
        services.AddHostedService(sp => sp.GetRequiredService<SiteSearch>());
        return services;
    }
}
