using System.Net;
using LactationGuide.Web.Content;
using LactationGuide.Web.Health;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LactationGuide.Web.Tests.Health;

[Collection(SiteCollection.Name)]
public sealed class HealthTests(SiteFactory site)
{
    [Fact]
    public async Task Healthz_is_healthy_once_the_content_is_loaded()
    {
        var response = await site.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Content_check_is_unhealthy_before_the_library_is_loaded()
    {
        // A provider that has not started yet: what a load balancer would see while the site is starting.
        var provider = ActivatorUtilities.CreateInstance<ContentLibraryProvider>(site.Services);
        var check = new ContentLibraryHealthCheck(provider);

        var result = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
    }

    [Fact]
    public async Task Search_check_is_unhealthy_before_the_index_is_built_and_healthy_after()
    {
        var unstarted = ActivatorUtilities.CreateInstance<LactationGuide.Web.Search.SiteSearch>(site.Services);
        var started = site.Services.GetRequiredService<LactationGuide.Web.Search.SiteSearch>();

        var before = await new SearchIndexHealthCheck(unstarted).CheckHealthAsync(new HealthCheckContext());
        var after = await new SearchIndexHealthCheck(started).CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, before.Status);
        Assert.Equal(HealthStatus.Healthy, after.Status);
    }

    [Fact]
    public async Task Healthz_answers_503_when_any_check_fails()
    {
        using var failing = site.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            services.AddHealthChecks().AddCheck("failing", () => HealthCheckResult.Unhealthy("something is not ready"))));

        var response = await failing.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync());
    }
}
