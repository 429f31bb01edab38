using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace LactationGuide.Web.Security;

public static class SecurityExtensions
{
    /// <summary>HSTS for a year, no <c>Server</c> header, and the scheme a reverse proxy on this machine reports.</summary>
    public static IServiceCollection AddSiteSecurity(this IServiceCollection services)
    {
        services.AddSingleton<SvgStylePolicy>();
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        services.Configure<KestrelServerOptions>(options => options.AddServerHeader = false);

        // Only X-Forwarded-Proto, and only from the default known proxies (loopback): a TLS-terminating nginx on the same
        // machine makes the request count as HTTPS, so HSTS is sent. Nothing else the client claims is believed.
        services.Configure<ForwardedHeadersOptions>(options => options.ForwardedHeaders = ForwardedHeaders.XForwardedProto);
        return services;
    }

    /// <summary>
    /// First in the pipeline, so every response carries the headers, including errors; then only the methods a
    /// reading site needs.
    /// </summary>
    public static IApplicationBuilder UseSiteSecurity(this IApplicationBuilder app)
    {
        app.UseForwardedHeaders();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<AllowedMethodsMiddleware>();
        return app;
    }
}
