namespace LactationGuide.Web.Content;

public static class ContentServiceCollectionExtensions
{
    /// <summary>The content library, loaded and validated before the server takes its first request.</summary>
    public static IServiceCollection AddContentLibrary(this IServiceCollection services)
    {
        services.AddSingleton<ContentLibraryProvider>();
        services.AddHostedService(sp => sp.GetRequiredService<ContentLibraryProvider>());
        return services;
    }
}
