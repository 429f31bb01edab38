using Serilog;
using Serilog.Events;
using Serilog.Core;
using Serilog.Settings.Configuration;

namespace LactationGuide.Web.Logging;

/// <summary>
/// Serilog, configured from the <c>Serilog</c> section of appsettings: standard output written in batches
/// (<see cref="BatchedConsoleSink"/>) behind Serilog's own bounded queue, so a request never waits for the console,
/// and Serilog.AspNetCore's one event per request.
/// </summary>
public static class LoggingExtensions
{
    /// <summary>Serilog replaces the default providers.</summary>
    /// <remarks>
    /// The sinks are looked for in the assemblies named here (and any the section's <c>Using</c> names) rather than in
    /// every dependency whose name contains "serilog": finding those means reading the app's and the framework's
    /// dependency files, and made this step take 130 ms of every start instead of about 50 (docs/performance.md).
    /// </remarks>
    public static WebApplicationBuilder AddSiteLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Services.AddSerilog(
            (services, logger) => logger
                .ReadFrom.Configuration(builder.Configuration, new ConfigurationReaderOptions(SinkAssemblies(builder.Configuration)))
                .ReadFrom.Services(services) // any ILogEventSink registered in DI, as the tests do
                .Enrich.With<EncodedRequestPath>()
                // ASP.NET Core's own per-request logging, replaced by Serilog's one event per request. While this
                // category is enabled at any level, the host also opens a logging scope and starts an Activity for
                // every request, which nothing here reads: about 4% of the processor time of a cached page
                // (docs/performance.md). A level above Fatal turns it off; errors are still logged by the middleware
                // that meets them, and the request event records every 5xx at Error level.
                .MinimumLevel.Override("Microsoft.AspNetCore.Hosting.Diagnostics", (LogEventLevel)(1 + (int)LogEventLevel.Fatal)),
            preserveStaticLogger: true);
        return builder;
    }

    /// <summary>
    /// The site's batched console, Serilog's console and async sinks, and any assembly the section's <c>Using</c> names.
    /// </summary>
    private static System.Reflection.Assembly[] SinkAssemblies(IConfiguration configuration) =>
    [
        typeof(BatchedConsoleLoggerConfigurationExtensions).Assembly,
        typeof(ConsoleLoggerConfigurationExtensions).Assembly,
        typeof(LoggerConfigurationAsyncExtensions).Assembly,
        .. configuration.GetSection("Serilog:Using").GetChildren()
            .Select(u => u.Value).OfType<string>()
            .Select(name => System.Reflection.Assembly.Load(new System.Reflection.AssemblyName(name))),
    ];

    /// <summary>One event per request: method, path, status and time, at Error for a 5xx or an exception.</summary>
    public static IApplicationBuilder UseRequestLogging(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
        return app.UseSerilogRequestLogging(options =>
        {
            options.Logger = logger;
            options.GetLevel = (context, _, exception) =>
                exception is not null || context.Response.StatusCode >= StatusCodes.Status500InternalServerError
                    ? LogEventLevel.Error
                    : LogEventLevel.Information;
        });
    }
}

/// <summary>
/// The request path as it travels in a URL (percent-encoded), not decoded as Serilog.AspNetCore logs it: so that a
/// request cannot write a line break or a terminal control character into the text log and forge a line.
/// </summary>
internal sealed class EncodedRequestPath : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        if (logEvent.Properties.TryGetValue("RequestPath", out var value) && value is ScalarValue { Value: string path })
        {
            var encoded = path.StartsWith('/') ? new PathString(path).ToUriComponent() : Uri.EscapeDataString(path);
            logEvent.AddOrUpdateProperty(new LogEventProperty("RequestPath", new ScalarValue(encoded)));
        }
    }
}

