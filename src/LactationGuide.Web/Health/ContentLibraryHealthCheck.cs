using LactationGuide.Web.Content;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LactationGuide.Web.Health;

/// <summary>Ready once the content library is loaded: before that, every page would fail.</summary>
internal sealed class ContentLibraryHealthCheck(ContentLibraryProvider content) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(content.IsLoaded
            ? HealthCheckResult.Healthy($"{content.Current.Articles.Length} articles loaded at {content.Current.LoadedAt:O}")
            : HealthCheckResult.Unhealthy("The content library is not loaded yet"));
}
