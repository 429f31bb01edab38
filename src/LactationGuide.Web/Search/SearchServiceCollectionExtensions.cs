using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LactationGuide.Web.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>
    /// Site search, its index built as the app starts, as soon as the content library is loaded; and the output cache
    /// policy that keeps repeated searches' pages (the search page names it).
    /// </summary>
    public static IServiceCollection AddSiteSearch(this IServiceCollection services)
    {
        services.AddSingleton<SiteSearch>();
        services.AddHostedService(sp => sp.GetRequiredService<SiteSearch>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSearchConcurrency();
        services.AddSingleton<SearchOutputCachePolicy>();
        services.AddOptions<OutputCacheOptions>()
            .Configure<SearchOutputCachePolicy>((options, policy) => options.AddPolicy(SearchOutputCachePolicy.Name, policy));
        return services;
    }
}
