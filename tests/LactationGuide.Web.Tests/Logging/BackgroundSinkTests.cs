using LactationGuide.Web.Logging;
using Microsoft.Extensions.Configuration;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Parsing;

namespace LactationGuide.Web.Tests.Logging;

public sealed class BackgroundSinkTests
{
    [Fact]
    public void Every_event_reaches_the_inner_sink_in_order_by_the_time_it_is_disposed()
    {
        var inner = new CollectingSink();
        var sink = new BackgroundSink(inner);

        for (var i = 0; i < 500; i++)
        {
            sink.Emit(Event($"request {i}"));
        }

        sink.Dispose();

        Assert.Equal(Enumerable.Range(0, 500).Select(i => $"request {i}"), inner.Messages);
        Assert.True(inner.Disposed);
    }

    [Fact]
    public async Task A_request_does_not_wait_for_a_slow_console()
    {
        using var release = new ManualResetEventSlim();
        var inner = new CollectingSink(release);
        var sink = new BackgroundSink(inner);

        // The inner sink is blocked; if Emit waited for it, this would never return.
        var emitted = Task.Run(() => sink.Emit(Event("request")));

        Assert.Same(emitted, await Task.WhenAny(emitted, Task.Delay(TimeSpan.FromSeconds(10))));
        release.Set();
        sink.Dispose();
        Assert.Equal(["request"], inner.Messages);
    }

    [Fact]
    public void A_full_queue_drops_events_instead_of_blocking()
    {
        using var release = new ManualResetEventSlim();
        var sink = new BackgroundSink(new CollectingSink(release));

        for (var i = 0; i < BackgroundSink.Capacity + 100; i++)
        {
            sink.Emit(Event("request"));
        }

        Assert.InRange(sink.Dropped, 99, 101); // One event may already be with the blocked inner sink.
        release.Set();
        sink.Dispose();
    }

    [Fact]
    public void Appsettings_wrap_the_console_in_the_background_sink()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(RepositoryPaths.WebProject, "appsettings.json"))
            .Build();
        var output = new StringWriter();
        var synchronised = TextWriter.Synchronized(output);
        var console = Console.Out;
        Console.SetOut(synchronised);
        try
        {
            using (var logger = new LoggerConfiguration().ReadFrom.Configuration(configuration).CreateLogger())
            {
                logger.Information("HTTP {RequestMethod} {RequestPath} responded {StatusCode}", "GET", "/faq", 200);
            }
        }
        finally
        {
            Console.SetOut(console);
        }

        Assert.Contains("HTTP GET /faq responded 200", output.ToString());
    }

    private static LogEvent Event(string text) =>
        new(DateTimeOffset.UtcNow, LogEventLevel.Information, null, new MessageTemplateParser().Parse(text), []);

    private sealed class CollectingSink(ManualResetEventSlim? gate = null) : ILogEventSink, IDisposable
    {
        private readonly List<string> _messages = [];

        public IReadOnlyList<string> Messages
        {
            get
            {
                lock (_messages)
                {
                    return [.. _messages];
                }
            }
        }

        public bool Disposed { get; private set; }

        public void Emit(LogEvent logEvent)
        {
            gate?.Wait();
            lock (_messages)
            {
                _messages.Add(logEvent.RenderMessage());
            }
        }

        public void Dispose() => Disposed = true;
    }
}
