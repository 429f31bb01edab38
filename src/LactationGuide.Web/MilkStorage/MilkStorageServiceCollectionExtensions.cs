using LactationGuide.Web.Content;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LactationGuide.Web.MilkStorage;

public static class MilkStorageServiceCollectionExtensions
{
    /// <summary>
    /// The milk storage planner at <c>/tools/milk-storage</c>, counting with the content's storage rules, which the
    /// storage article shows as a table.
    /// </summary>
    public static IServiceCollection AddMilkStoragePlanner(this IServiceCollection services)
    {
        services.AddContentKind<StorageRulesKind>();
        // The planner's idea of "in the future" comes from the site's clock, which tests set.
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<MilkStoragePlanner>();
        return services;
    }
}
