using Serilog.Core;
using Serilog.Events;

namespace LactationGuide.Web.Logging;

/// <summary>
/// A sink that can take several events at once and write them with one call: what <see cref="BackgroundSink"/> hands
/// it, each time it drains its queue. (Serilog 4 has its own <c>IBatchedLogEventSink</c>; this project is on Serilog 3.)
/// </summary>
public interface ILogEventBatchSink : ILogEventSink
{
    /// <summary>Writes the events in the order given; a batch is written, and reaches its destination, as a whole.</summary>
    void EmitBatch(IReadOnlyList<LogEvent> batch);
}
