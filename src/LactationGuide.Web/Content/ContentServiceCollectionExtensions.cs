namespace LactationGuide.Web.Content;

public static class ContentServiceCollectionExtensions
{
    /// <summary>
    /// The content library, loaded and validated as the app starts; a request that arrives before it is loaded waits
    /// for it. The host starts its services side by side, so the content loads on one core while the server
    /// starts on the other, rather than one after the other on one (docs/performance.md).
    /// </summary>
    public static IServiceCollection AddContentLibrary(this IServiceCollection services)
    {
        services.Configure<HostOptions>(host => host.ServicesStartConcurrently = true);
        services.AddSingleton<ContentLibraryProvider>();
        services.AddHostedService(sp => sp.GetRequiredService<ContentLibraryProvider>());
        services.AddHostedService<CompactAfterStartup>();
        return services;
    }

    /// <summary>
    /// Starts loading the content now, on another thread, while the rest of the app is set up, rather than only
    /// when the host starts: the content is then often ready by the time the server is.
    /// </summary>
    public static WebApplication StartLoadingContent(this WebApplication app)
    {
        app.Services.GetRequiredService<ContentLibraryProvider>().BeginLoading();
        return app;
    }
}
