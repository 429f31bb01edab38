using LactationGuide.Web.Content;

namespace LactationGuide.Web.WarningSigns;

public static class WarningSignsServiceCollectionExtensions
{
    /// <summary>The warning signs: read from <c>warning-signs.yaml</c> and drawn into the pages that name them.</summary>
    public static IServiceCollection AddWarningSigns(this IServiceCollection services) =>
        services.AddContentKind<WarningSignsKind>();
}
