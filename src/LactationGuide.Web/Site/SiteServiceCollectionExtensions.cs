namespace LactationGuide.Web.Site;

public static class SiteServiceCollectionExtensions
{
    public static IServiceCollection AddSiteOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SiteOptions>()
            .Bind(configuration.GetSection(SiteOptions.Section))
            .ValidateDataAnnotations()
            .Validate(
                o => o.PublicBaseUrl is { IsAbsoluteUri: true, Scheme: "https" or "http", AbsolutePath: "/" },
                "Site:PublicBaseUrl must be an absolute http(s) address of the site's root, such as https://example.org/")
            .ValidateOnStart();
        services.AddSingleton<SiteUrls>();
        services.AddHostedService<PublicBaseUrlCheck>();
        services.Configure<RouteOptions>(o => o.LowercaseUrls = true);
        return services;
    }
}
