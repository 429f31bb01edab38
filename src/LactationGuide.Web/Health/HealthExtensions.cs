namespace LactationGuide.Web.Health;

public static class HealthExtensions
{
    public const string Path = "/healthz";

    /// <summary>
    /// What must be loaded before the site can answer readers. Another part of the site adds its own check with one
    /// line, e.g. <c>services.AddHealthChecks().AddCheck&lt;SearchIndexHealthCheck&gt;("search")</c>.
    /// </summary>
    public static IServiceCollection AddSiteHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<ContentLibraryHealthCheck>("content");
        return services;
    }

    /// <summary><c>/healthz</c>: 200 "Healthy" when every check passes, 503 "Unhealthy" otherwise; never cached.</summary>
    public static IEndpointConventionBuilder MapSiteHealthChecks(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHealthChecks(Path);
}
