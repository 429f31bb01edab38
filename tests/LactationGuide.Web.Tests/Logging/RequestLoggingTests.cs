using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace LactationGuide.Web.Tests.Logging;

/// <summary>
/// What the request log guarantees, read from a sink the tests add beside the site's own (Serilog takes sinks from
/// the service container too).
/// </summary>
public sealed class RequestLoggingTests
{
    private const string RequestSource = "Serilog.AspNetCore.RequestLoggingMiddleware";

    [Fact]
    public async Task Every_request_is_one_event_with_its_method_path_status_and_time()
    {
        await using var site = new CapturingSite();
        using var client = site.CreateClient();

        (await client.GetAsync("/faq")).EnsureSuccessStatusCode();
        (await client.GetAsync("/articles/no-such-article")).Dispose();

        var events = await site.RequestEventsAsync(2);
        var ok = Assert.Single(events, e => Scalar(e, "RequestPath") as string == "/faq");
        Assert.Equal(LogEventLevel.Information, ok.Level);
        Assert.Equal("GET", Scalar(ok, "RequestMethod"));
        Assert.Equal(200, Scalar(ok, "StatusCode"));
        Assert.IsType<double>(Scalar(ok, "Elapsed"));
        var missing = Assert.Single(events, e => Scalar(e, "RequestPath") as string == "/articles/no-such-article");
        Assert.Equal(404, Scalar(missing, "StatusCode"));
        Assert.Equal(LogEventLevel.Information, missing.Level);
    }

    [Fact]
    public async Task A_request_that_fails_is_logged_at_error_with_its_500()
    {
        await using var site = new CapturingSite();
        using var client = site.CreateClient();

        try
        {
            (await client.GetAsync(CapturingSite.FailingPath)).Dispose();
        }
        catch (InvalidOperationException)
        {
            // The test server passes an unhandled exception on to the client; the log is what is tested here.
        }

        var failed = Assert.Single(await site.RequestEventsAsync(1));
        Assert.Equal(LogEventLevel.Error, failed.Level);
        Assert.Equal(500, Scalar(failed, "StatusCode"));
        Assert.Equal(CapturingSite.FailingPath, Scalar(failed, "RequestPath"));
    }

    private static object? Scalar(LogEvent e, string name) => (e.Properties[name] as ScalarValue)?.Value;

    private sealed class CapturingSite : SiteFactory
    {
        public const string FailingPath = "/test-only/fails";

        public string Id { get; } = Guid.NewGuid().ToString("N");

        public async Task<List<LogEvent>> RequestEventsAsync(int count)
        {
            var sink = CaptureSink.For(Id);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            while (sink.Events.Count(IsRequest) < count && !timeout.IsCancellationRequested)
            {
                await Task.Delay(20);
            }

            // A moment more, so that a second event for the same request would be seen.
            await Task.Delay(200);
            return [.. sink.Events.Where(IsRequest)];
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
            builder.ConfigureServices(services =>
            {
                services.AddSingleton<ILogEventSink>(CaptureSink.For(Id));
                services.AddSingleton<IStartupFilter>(new FailingEndpoint());
            });
        }

        private static bool IsRequest(LogEvent e) =>
            e.Properties.TryGetValue("SourceContext", out var source) && (source as ScalarValue)?.Value as string == RequestSource;

        private sealed class FailingEndpoint : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                next(app);
                app.Map(FailingPath, failing => failing.Run(_ => throw new InvalidOperationException("a failure on purpose")));
            };
        }
    }
}

/// <summary>Keeps what it is given, per site.</summary>
public sealed class CaptureSink : ILogEventSink
{
    private static readonly ConcurrentDictionary<string, CaptureSink> Sinks = new();

    public ConcurrentQueue<LogEvent> Events { get; } = new();

    public static CaptureSink For(string id) => Sinks.GetOrAdd(id, _ => new CaptureSink());

    public void Emit(LogEvent logEvent) => Events.Enqueue(logEvent);
}
