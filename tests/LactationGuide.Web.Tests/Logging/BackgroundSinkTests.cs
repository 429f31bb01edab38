using LactationGuide.Web.Logging;
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
        var inner = new CollectingSink(release);
        var sink = new BackgroundSink(inner);
        sink.Emit(Event("request"));
        Assert.True(SpinWait.SpinUntil(() => inner.Waiting, TimeSpan.FromSeconds(10)), "the first event never reached the sink");

        for (var i = 0; i < BackgroundSink.Capacity + 100; i++)
        {
            sink.Emit(Event("request"));
        }

        Assert.Equal(100, sink.Dropped);
        release.Set();
        sink.Dispose();
    }

    [Fact]
    public void A_sink_that_takes_batches_gets_what_queued_up_meanwhile_as_one_batch_in_order()
    {
        using var release = new ManualResetEventSlim();
        var inner = new BatchCollectingSink(release);
        var sink = new BackgroundSink(inner);

        sink.Emit(Event("request 0"));
        Assert.True(SpinWait.SpinUntil(() => inner.Waiting, TimeSpan.FromSeconds(10)), "the first batch never reached the sink");
        for (var i = 1; i <= 300; i++)
        {
            sink.Emit(Event($"request {i}"));
        }

        release.Set();
        sink.Dispose();

        // The first event went out alone; the 300 that queued behind the blocked write leave together.
        Assert.Equal([1, 300], inner.Batches.Select(b => b.Count));
        Assert.Equal(Enumerable.Range(0, 301).Select(i => $"request {i}"), inner.Batches.SelectMany(b => b));
        Assert.True(inner.Disposed);
    }

    [Fact]
    public void Nothing_queued_is_lost_when_a_batch_sink_is_disposed()
    {
        var inner = new BatchCollectingSink();
        var sink = new BackgroundSink(inner);

        for (var i = 0; i < 5_000; i++)
        {
            sink.Emit(Event($"request {i}"));
        }

        sink.Dispose();

        Assert.Equal(Enumerable.Range(0, 5_000).Select(i => $"request {i}"), inner.Batches.SelectMany(b => b));
        Assert.All(inner.Batches, b => Assert.InRange(b.Count, 1, BackgroundSink.MaxBatch));
    }

    [Fact]
    public void A_failing_batch_does_not_stop_the_batches_after_it()
    {
        var inner = new BatchCollectingSink(failFirst: true);
        var sink = new BackgroundSink(inner);

        sink.Emit(Event("lost with the failing write"));
        Assert.True(SpinWait.SpinUntil(() => inner.Failed, TimeSpan.FromSeconds(10)), "the first batch never reached the sink");
        sink.Emit(Event("request after the failure"));
        sink.Dispose();

        Assert.Equal(["request after the failure"], inner.Batches.SelectMany(b => b));
    }

    [Fact]
    public void A_failing_sink_does_not_stop_the_events_after_it()
    {
        var inner = new CollectingSink(failOn: "request 1");
        var sink = new BackgroundSink(inner);

        for (var i = 0; i < 3; i++)
        {
            sink.Emit(Event($"request {i}"));
        }

        sink.Dispose();

        Assert.Equal(["request 0", "request 2"], inner.Messages);
    }

    private static LogEvent Event(string text) =>
        new(DateTimeOffset.UtcNow, LogEventLevel.Information, null, new MessageTemplateParser().Parse(text), []);

    private sealed class CollectingSink(ManualResetEventSlim? gate = null, string? failOn = null) : ILogEventSink, IDisposable
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

        private volatile bool _waiting;

        public bool Waiting => _waiting;

        public void Emit(LogEvent logEvent)
        {
            _waiting = gate is not null;
            gate?.Wait();
            if (logEvent.RenderMessage() == failOn)
            {
                throw new IOException("the console went away");
            }

            lock (_messages)
            {
                _messages.Add(logEvent.RenderMessage());
            }
        }

        public void Dispose() => Disposed = true;
    }

    /// <summary>Records each batch it is given; optionally waits at its first batch, or fails it.</summary>
    private sealed class BatchCollectingSink(ManualResetEventSlim? gate = null, bool failFirst = false) : ILogEventBatchSink, IDisposable
    {
        private readonly List<List<string>> _batches = [];
        private volatile bool _waiting;
        private volatile bool _failed;

        public IReadOnlyList<IReadOnlyList<string>> Batches
        {
            get
            {
                lock (_batches)
                {
                    return [.. _batches.Select(b => (IReadOnlyList<string>)[.. b])];
                }
            }
        }

        public bool Waiting => _waiting;

        public bool Failed => _failed;

        public bool Disposed { get; private set; }

        public void Emit(LogEvent logEvent) => throw new InvalidOperationException("BackgroundSink should hand a batch sink whole batches");

        public void EmitBatch(IReadOnlyList<LogEvent> batch)
        {
            if (gate is not null && !_waiting)
            {
                _waiting = true;
                gate.Wait();
            }

            if (failFirst && !_failed)
            {
                _failed = true;
                throw new IOException("the console went away");
            }

            lock (_batches)
            {
                _batches.Add([.. batch.Select(e => e.RenderMessage())]);
            }
        }

        public void Dispose() => Disposed = true;
    }
}
