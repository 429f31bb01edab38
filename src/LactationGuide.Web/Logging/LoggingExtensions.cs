using Serilog;
using Serilog.Extensions.Logging;
using Serilog.Settings.Configuration;

namespace LactationGuide.Web.Logging;

public static class LoggingExtensions
{
    /// <summary>Serilog, configured from the <c>Serilog</c> section of appsettings, replaces the default providers.</summary>
    /// <remarks>
    /// The sinks are looked for in this assembly (and Serilog's, and any the section's <c>Using</c> names) rather than in
    /// every dependency whose name contains "serilog": finding those means reading the app's and the framework's
    /// dependency files, and made this step take 130 ms of every start instead of about 50 (docs/performance.md).
    /// </remarks>
    public static WebApplicationBuilder AddSiteLogging(this WebApplicationBuilder builder)
    {
        var logger = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration, new ConfigurationReaderOptions(typeof(LoggingExtensions).Assembly))
            .CreateLogger();
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(logger, dispose: true);

        // ASP.NET Core's own per-request logging, replaced by RequestLoggingMiddleware's one line. While this category is
        // enabled at any level, the host also opens a logging scope and starts an Activity for every request, which
        // nothing here reads: about 4% of the processor time of a cached page (docs/performance.md). Errors are still
        // logged by the middleware that meets them, and the request line records every 5xx at Error level. The rule
        // names Serilog's provider because AddSerilog adds one for it, which would otherwise win over a general rule.
        builder.Logging.AddFilter<SerilogLoggerProvider>("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None);
        builder.Services.AddSingleton<Serilog.ILogger>(logger);
        return builder;
    }

    /// <summary>With Serilog.AspNetCore this becomes <c>app.UseSerilogRequestLogging()</c>.</summary>
    public static IApplicationBuilder UseRequestLogging(this IApplicationBuilder app) => app.UseMiddleware<RequestLoggingMiddleware>();
}
