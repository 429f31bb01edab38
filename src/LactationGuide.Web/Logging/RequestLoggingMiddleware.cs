using System.Diagnostics;

namespace LactationGuide.Web.Logging;

/// <summary>
/// One structured event per request, with the same message template and properties as Serilog.AspNetCore's
/// request logging, so that moving to that package (not restorable here) is a one-line change in Program.cs.
/// </summary>
public sealed partial class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
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

            LogRequest(logger, status >= 500 ? LogLevel.Error : LogLevel.Information, context.Request.Method, context.Request.Path, status, elapsed);
        }
    }

    [LoggerMessage(Message = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms")]
    private static partial void LogRequest(ILogger logger, LogLevel level, string requestMethod, PathString requestPath, int statusCode, double elapsed);
}
