using System.Runtime;

namespace LactationGuide.Web.Content;

/// <summary>
/// Building the library and the search index is a one-off burst of short-lived objects (two Markdown parses per
/// article, SQLite's inserts): with 1,000 articles the garbage collector was left holding about four times the
/// live data, which it keeps for allocations that never come. One compacting collection once the app has started
/// gives that memory back (measured: 188 MB to 130 MB resident with 1,007 articles, docs/performance.md).
/// </summary>
internal sealed class CompactAfterStartup(IHostApplicationLifetime lifetime) : IHostedService, IDisposable
{
    /// <summary>
    /// The collection stops every thread for 15 to 30 ms. Run as soon as the app had started, it fell on the first
    /// request, which was still being rendered then (docs/performance.md); a second later the start-up's first
    /// pages are out, and the memory is given back all the same.
    /// </summary>
    private static readonly TimeSpan AfterFirstRequests = TimeSpan.FromSeconds(1);

    private IDisposable? _registration;
    private Timer? _timer;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // ApplicationStarted fires once every service has started, so the library and the index are both built.
        _registration = lifetime.ApplicationStarted.Register(() => _timer = new Timer(_ => Compact(), null, AfterFirstRequests, Timeout.InfiniteTimeSpan));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _registration?.Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => _timer?.Dispose();

    private static void Compact()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }
}
