using System.Text;
using Serilog;
using Serilog.Configuration;
using Serilog.Debugging;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Display;

namespace LactationGuide.Web.Logging;

/// <summary>
/// Writes formatted events as text to a stream (standard output by default) through a buffer, flushing once per
/// batch rather than once per event. Serilog's Console sink writes and flushes every event through the console's
/// own writer, a system call per request: measured here, that was most of what the per-request log line cost
/// (docs/performance.md). On its own it flushes after every event, like the Console sink.
/// </summary>
public sealed class TextStreamSink : ILogEventBatchSink, IDisposable
{
    /// <summary>A batch of a few hundred request lines fits, so a batch usually leaves in one write.</summary>
    private const int BufferSize = 64 * 1024;

    private readonly ITextFormatter _formatter;
    private readonly StreamWriter _writer;

    // Each event is rendered here first, so that one failing half-way leaves no half line in the output.
    private readonly StringWriter _event = new(System.Globalization.CultureInfo.InvariantCulture);
    private readonly Lock _writing = new();

    public TextStreamSink(ITextFormatter formatter, Stream output)
    {
        _formatter = formatter;
        _writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), BufferSize) { AutoFlush = false };
    }

    public void Emit(LogEvent logEvent) => EmitBatch([logEvent]);

    public void EmitBatch(IReadOnlyList<LogEvent> batch)
    {
        lock (_writing)
        {
            foreach (var logEvent in batch)
            {
                try
                {
                    _formatter.Format(logEvent, _event);
                    _writer.Write(_event.GetStringBuilder());
                }
                catch (Exception e)
                {
                    // One event that cannot be rendered must not cost the others their line.
                    SelfLog.WriteLine("TextStreamSink could not format an event: {0}", e);
                }
                finally
                {
                    _event.GetStringBuilder().Clear();
                }
            }

            _writer.Flush();
        }
    }

    public void Dispose()
    {
        lock (_writing)
        {
            _writer.Dispose();
        }
    }
}

public static class TextStreamSinkConfiguration
{
    /// <summary>The Console sink's default template.</summary>
    public const string DefaultOutputTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}";

    /// <summary>
    /// <c>{ "Name": "BufferedConsole", "Args": { "outputTemplate": "…" } }</c> in appsettings: plain text (no colours)
    /// on standard output. Put it inside <c>Background</c>, which hands it whole batches.
    /// </summary>
    public static LoggerConfiguration BufferedConsole(
        this LoggerSinkConfiguration sinkConfiguration,
        string outputTemplate = DefaultOutputTemplate,
        LogEventLevel restrictedToMinimumLevel = LevelAlias.Minimum) =>
        sinkConfiguration.Sink(
            new TextStreamSink(new MessageTemplateTextFormatter(outputTemplate, formatProvider: null), Console.OpenStandardOutput()),
            restrictedToMinimumLevel);
}
