using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;

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
    /// The site has no accounts, sets no cookies and has no form that posts, so it needs neither sign-in nor the keys
    /// that protect cookies and anti-forgery tokens. Razor Pages registers both all the same. Call after
    /// <c>AddRazorPages</c>.
    /// </summary>
    /// <remarks>
    /// <para>
    /// With the authentication and authorization services present, WebApplication puts both middlewares in front of
    /// every request, cached pages included, where they cost about a twentieth of the processor time
    /// (docs/performance.md). Without them, a page marked <c>[Authorize]</c> fails with an error instead of being served.
    /// </para>
    /// <para>
    /// Data protection's hosted service only loads the key ring at start-up, reading and decrypting the key files, so
    /// that the first request to need a key does not wait; no request here ever does. The keys still load on first use.
    /// </para>
    /// </remarks>
    public static IServiceCollection ForAnonymousReaders(this IServiceCollection services)
    {
        // WebApplication looks for the first of each pair; the others need them.
        services.RemoveAll<IAuthenticationSchemeProvider>();
        services.RemoveAll<IAuthenticationHandlerProvider>();
        services.RemoveAll<IAuthenticationService>();
        services.RemoveAll<IAuthorizationHandlerProvider>();
        services.RemoveAll<IAuthorizationService>();
        services.RemoveAll<IPolicyEvaluator>();

        var dataProtection = typeof(DataProtectionOptions).Assembly;
        foreach (var keyRingLoader in services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Assembly == dataProtection).ToList())
        {
            services.Remove(keyRingLoader);
        }

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
