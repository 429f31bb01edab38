using System.Text;
using LactationGuide.Web.Logging;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Display;
using Serilog.Parsing;

namespace LactationGuide.Web.Tests.Logging;

public sealed class TextStreamSinkTests
{
    private const string Template = "{Level:u3} {Message:lj}{NewLine}";

    [Fact]
    public void A_batch_reaches_the_stream_in_one_write_in_order()
    {
        var output = new CountingStream();
        using var sink = new TextStreamSink(new MessageTemplateTextFormatter(Template), output);

        sink.EmitBatch([.. Enumerable.Range(0, 200).Select(i => Event($"HTTP GET /faq responded 200 in {i} ms"))]);

        Assert.Equal(1, output.Writes);
        Assert.Equal(Enumerable.Range(0, 200).Select(i => $"INF HTTP GET /faq responded 200 in {i} ms"), output.Lines());
    }

    [Fact]
    public void An_event_emitted_on_its_own_is_written_at_once()
    {
        var output = new CountingStream();
        using var sink = new TextStreamSink(new MessageTemplateTextFormatter(Template), output);

        sink.Emit(Event("first"));
        Assert.Equal(["INF first"], output.Lines());

        sink.Emit(Event("second"));
        Assert.Equal(["INF first", "INF second"], output.Lines());
    }

    [Fact]
    public void An_event_that_cannot_be_formatted_costs_only_its_own_line()
    {
        var output = new CountingStream();
        using var sink = new TextStreamSink(new FailingOn("broken", new MessageTemplateTextFormatter(Template)), output);

        sink.EmitBatch([Event("before"), Event("broken"), Event("after")]);

        Assert.Equal(["INF before", "INF after"], output.Lines());
    }

    [Fact]
    public void Text_is_utf8_without_a_byte_order_mark()
    {
        var output = new CountingStream();
        using var sink = new TextStreamSink(new MessageTemplateTextFormatter("{Message}"), output);

        sink.Emit(Event("tétée"));

        Assert.Equal("tétée"u8.ToArray(), output.ToArray());
    }

    private static LogEvent Event(string text) =>
        new(DateTimeOffset.UtcNow, LogEventLevel.Information, null, new MessageTemplateParser().Parse(text), []);

    private sealed class FailingOn(string message, ITextFormatter inner) : ITextFormatter
    {
        public void Format(LogEvent logEvent, TextWriter output)
        {
            if (logEvent.MessageTemplate.Text == message)
            {
                throw new FormatException("cannot render " + message);
            }

            inner.Format(logEvent, output);
        }
    }

    /// <summary>
    /// A memory stream that counts the writes that reach it: each would be one system call on a console. (A derived
    /// MemoryStream sends span writes through this overload too.)
    /// </summary>
    private sealed class CountingStream : MemoryStream
    {
        public int Writes { get; private set; }

        public override void Write(byte[] buffer, int offset, int count)
        {
            Writes++;
            base.Write(buffer, offset, count);
        }

        public IReadOnlyList<string> Lines() =>
            Encoding.UTF8.GetString(ToArray()).Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
    }
}
