using Serilog;

namespace LactationGuide.Web.Logging;

public static class LoggingExtensions
{
    /// <summary>Serilog, configured from the <c>Serilog</c> section of appsettings, replaces the default providers.</summary>
    public static WebApplicationBuilder AddSiteLogging(this WebApplicationBuilder builder)
    {
        var logger = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration)
            .CreateLogger();
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(logger, dispose: true);
        builder.Services.AddSingleton<Serilog.ILogger>(logger);
        return builder;
    }

    /// <summary>With Serilog.AspNetCore this becomes <c>app.UseSerilogRequestLogging()</c>.</summary>
    public static IApplicationBuilder UseRequestLogging(this IApplicationBuilder app) => app.UseMiddleware<RequestLoggingMiddleware>();
}
