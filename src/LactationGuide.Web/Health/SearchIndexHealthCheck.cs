using LactationGuide.Web.Search;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LactationGuide.Web.Health;

/// <summary>Ready once the search index is built: before that, every search would fail.</summary>
internal sealed class SearchIndexHealthCheck(SiteSearch search) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(search.IsReady
            ? HealthCheckResult.Healthy($"{search.IndexedPlaces} places indexed")
            : HealthCheckResult.Unhealthy("The search index is not built yet"));
}
