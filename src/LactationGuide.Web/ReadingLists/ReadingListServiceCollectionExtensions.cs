using LactationGuide.Web.Content;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LactationGuide.Web.ReadingLists;

public static class ReadingListServiceCollectionExtensions
{
    /// <summary>
    /// Reading lists: the registry of published ids and the aliases that keep old links working, "Add to a reading
    /// list" on every section, the builder and the list pages, and a bounded output cache for lists.
    /// </summary>
    public static IServiceCollection AddReadingLists(this IServiceCollection services)
    {
        services.AddContentKind<ReadingListKind>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ReadingListCachePolicy>();
        services.AddOptions<OutputCacheOptions>()
            .Configure<ReadingListCachePolicy>((options, policy) => options.AddPolicy(ReadingListCachePolicy.Name, policy));
        return services;
    }
}
