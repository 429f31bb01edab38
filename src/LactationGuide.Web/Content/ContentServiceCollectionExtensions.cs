using Microsoft.Extensions.DependencyInjection.Extensions;

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

        // Every "now" the site uses comes from here, so that tests can set the date (a FakeTimeProvider).
        services.TryAddSingleton(TimeProvider.System);
        services.AddContentKind<ArticleKind>();
        services.AddContentKind<FaqKind>();
        services.AddContentKind<GlossaryKind>();
        services.AddSingleton(sp => new SiteMarkdown(sp.GetServices<IContentKind>().Select(k => k.Markdown).OfType<Markdig.IMarkdownExtension>()));
        services.AddSingleton<ContentLibraryProvider>();
        services.AddHostedService(sp => sp.GetRequiredService<ContentLibraryProvider>());
        services.AddHostedService<CompactAfterStartup>();
        return services;
    }

    /// <summary>A kind of content the loader reads, checks and builds with the others (<see cref="IContentKind"/>).</summary>
    public static IServiceCollection AddContentKind<TKind>(this IServiceCollection services) where TKind : class, IContentKind
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IContentKind, TKind>());
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
