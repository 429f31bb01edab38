using System.Net;
using System.Net.Sockets;
using LactationGuide.Web.Content;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LactationGuide.Web.Tests.Health;

[Collection(SiteCollection.Name)]
public sealed class HealthTests(SiteFactory site)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Healthz_is_healthy_once_the_content_is_loaded()
    {
        var response = await site.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// What a load balancer sees while an instance starts: the server answers at once, and /healthz says 503 until the
    /// content is loaded and the search index built. The site's own checks, on its own content and index, held
    /// back by a kind of content that waits until the test lets it go.
    /// </summary>
    [Fact]
    public async Task Healthz_answers_503_while_the_content_loads_and_200_once_the_content_and_search_index_are_ready()
    {
        using var held = new HeldSite(FreePort());
        var starting = Task.Run(held.StartServer);
        using var http = new HttpClient { BaseAddress = held.Address, Timeout = Patience };

        var before = await FirstAnswer(http);
        var checks = await held.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, before.StatusCode);
        Assert.Equal("Unhealthy", await before.Content.ReadAsStringAsync());
        Assert.Equal(HealthStatus.Unhealthy, checks.Entries["content"].Status);
        Assert.Equal(HealthStatus.Unhealthy, checks.Entries["search"].Status);

        held.Release();
        await starting.WaitAsync(Patience);
        var after = await http.GetAsync("/healthz");
        checks = await held.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal(HealthStatus.Healthy, checks.Entries["content"].Status);
        Assert.Equal(HealthStatus.Healthy, checks.Entries["search"].Status);
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

    /// <summary>Asks until the server is listening; the first answer it gives.</summary>
    private static async Task<HttpResponseMessage> FirstAnswer(HttpClient http)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            try
            {
                return await http.GetAsync("/healthz", timeout.Token);
            }
            catch (HttpRequestException)
            {
                await Task.Delay(50, timeout.Token);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The real site on a port of its own, whose content load waits for <see cref="Release"/>.</summary>
    private sealed class HeldSite : SiteFactory
    {
        private readonly HeldKind _kind = new();

        public HeldSite(int port)
        {
            Address = new Uri($"http://127.0.0.1:{port}/");
            UseLoopbackPort(port);
        }

        public Uri Address { get; }

        /// <summary>The site's services, as soon as the content has started loading (before the host has finished starting).</summary>
        public new IServiceProvider Services => _kind.Services.Task.WaitAsync(Patience).GetAwaiter().GetResult();

        public void Release() => _kind.Gate.Set();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IContentKind>(sp =>
            {
                _kind.Services.TrySetResult(sp);
                return _kind;
            }));
        }

        protected override void Dispose(bool disposing)
        {
            Release();
            base.Dispose(disposing);
        }

        private sealed class HeldKind : IContentKind
        {
            public ManualResetEventSlim Gate { get; } = new();

            public TaskCompletionSource<IServiceProvider> Services { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

            public void Read(ContentLoad load) => Gate.Wait(Patience);
        }
    }
}
