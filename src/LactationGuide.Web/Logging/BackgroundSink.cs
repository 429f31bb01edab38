using System.Threading.Channels;
using Serilog;
using Serilog.Configuration;
using Serilog.Core;
using Serilog.Debugging;
using Serilog.Events;

namespace LactationGuide.Web.Logging;

/// <summary>
/// Hands log events to another sink on a background thread, so a request never waits for the console. Measured
/// here, the synchronous console write of the per-request line halved the site's requests per second
/// (docs/performance.md). Events wait in a queue; each time the thread wakes it takes all of them (up to
/// <see cref="MaxBatch"/>) and gives them to a sink that can write a batch at once (<see cref="ILogEventBatchSink"/>)
/// as one batch, to any other sink one by one. Serilog.Sinks.Async does this job but is not in this machine's
/// NuGet copy.
/// </summary>
public sealed class BackgroundSink : ILogEventSink, IDisposable
{
    /// <summary>Enough for a burst of several seconds at full load; past it, events are dropped, never queued without end.</summary>
    public const int Capacity = 10_000;

    /// <summary>
    /// Under load the queue fills while a batch is written, so the next batch is larger and costs the same one write;
    /// this bounds how much one write holds.
    /// </summary>
    public const int MaxBatch = 1_000;

    private readonly ILogEventSink _inner;
    private readonly Channel<LogEvent> _queue = Channel.CreateBounded<LogEvent>(
        // Wait mode, used only through TryWrite: it refuses a write when full (DropWrite would accept and lose it unseen).
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });

    private readonly Task _worker;
    private long _dropped;

    public BackgroundSink(ILogEventSink inner)
    {
        _inner = inner;
        _worker = Task.Run(DrainAsync);
    }

    public long Dropped => Interlocked.Read(ref _dropped);

    public void Emit(LogEvent logEvent)
    {
        if (!_queue.Writer.TryWrite(logEvent))
        {
            Interlocked.Increment(ref _dropped);
        }
    }

    /// <summary>Writes what is still queued, then closes the inner sink.</summary>
    public void Dispose()
    {
        _queue.Writer.TryComplete();
        _worker.Wait(TimeSpan.FromSeconds(5));
        (_inner as IDisposable)?.Dispose();
        if (Dropped > 0)
        {
            SelfLog.WriteLine("BackgroundSink dropped {0} log events because its queue was full", Dropped);
        }
    }

    private async Task DrainAsync()
    {
        var batch = new List<LogEvent>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var logEvent))
            {
                batch.Add(logEvent);
            }

            Write(batch);
            batch.Clear();
        }
    }

    private void Write(List<LogEvent> batch)
    {
        if (_inner is ILogEventBatchSink batchSink)
        {
            Safely(() => batchSink.EmitBatch(batch));
            return;
        }

        foreach (var logEvent in batch)
        {
            Safely(() => _inner.Emit(logEvent));
        }
    }

    private static void Safely(Action write)
    {
        try
        {
            write();
        }
        catch (Exception e)
        {
            // A sink that fails must not stop the events after it; Serilog's own diagnostics say why.
            SelfLog.WriteLine("BackgroundSink: the inner sink failed: {0}", e);
        }
    }
}

public static class BackgroundSinkConfiguration
{
    /// <summary>
    /// <c>"WriteTo": [{ "Name": "Background", "Args": { "configure": [{ "Name": "Console" }] } }]</c> in appsettings.
    /// </summary>
    public static LoggerConfiguration Background(this LoggerSinkConfiguration sinkConfiguration, Action<LoggerSinkConfiguration> configure) =>
        LoggerSinkConfiguration.Wrap(sinkConfiguration, inner => new BackgroundSink(inner), configure, LevelAlias.Minimum, null);
}
