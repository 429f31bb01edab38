namespace LactationGuide.Web.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>Site search, its index built as the app starts, as soon as the content library is loaded.</summary>
    public static IServiceCollection AddSiteSearch(this IServiceCollection services)
    {
        services.AddSingleton<SiteSearch>();
        services.AddHostedService(sp => sp.GetRequiredService<SiteSearch>());
        return services;
    }
}
