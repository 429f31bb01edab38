using System.Diagnostics;
using Serilog.Events;
using Serilog.Parsing;

namespace LactationGuide.Web.Logging;

/// <summary>
/// One structured event per request, with the same message template and properties as Serilog.AspNetCore's
/// request logging, so that moving to that package (not restorable here) is a one-line change in Program.cs.
/// Like that package, it writes straight to Serilog with a template parsed once, rather than through
/// Microsoft.Extensions.Logging, which turns every event's state and the request's logging scope into Serilog
/// properties again on each request (docs/performance.md).
/// </summary>
public sealed class RequestLoggingMiddleware(RequestDelegate next, Serilog.ILogger logger)
{
    private static readonly MessageTemplate Template =
        new MessageTemplateParser().Parse("HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms");

    private readonly Serilog.ILogger _logger = logger.ForContext<RequestLoggingMiddleware>();

    public async Task InvokeAsync(HttpContext context)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            var status = context.Response.StatusCode;
            if (context.RequestAborted.IsCancellationRequested)
            {
                status = 499; // The reader went away before the response was finished.
            }

            var level = status >= 500 ? LogEventLevel.Error : LogEventLevel.Information;
            if (_logger.IsEnabled(level))
            {
                // The path as it travels in a URL (percent-encoded), so a request cannot write a line break or a
                // terminal control character into the log.
                _logger.Write(new LogEvent(DateTimeOffset.Now, level, null, Template,
                [
                    new LogEventProperty("RequestMethod", new ScalarValue(context.Request.Method)),
                    new LogEventProperty("RequestPath", new ScalarValue(context.Request.Path.ToString())),
                    new LogEventProperty("StatusCode", new ScalarValue(status)),
                    new LogEventProperty("Elapsed", new ScalarValue(elapsed)),
                ]));
            }
        }
    }
}
