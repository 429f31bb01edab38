namespace LactationGuide.Web.Health;

public static class HealthExtensions
{
    public const string Path = "/healthz";

    /// <summary>What must be loaded before the site can answer readers: the content library and the search index.</summary>
    public static IServiceCollection AddSiteHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<ContentLibraryHealthCheck>("content")
            .AddCheck<SearchIndexHealthCheck>("search");
        return services;
    }

    /// <summary><c>/healthz</c>: 200 "Healthy" when every check passes, 503 "Unhealthy" otherwise; never cached.</summary>
    public static IEndpointConventionBuilder MapSiteHealthChecks(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHealthChecks(Path);
}
