using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
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
    /// The site has no accounts: nobody signs in and no page is restricted. Razor Pages registers the authentication
    /// and authorization services all the same, and WebApplication then puts both middlewares in front of every
    /// request, cached pages included, where they cost about a twentieth of the processor time (docs/performance.md).
    /// Call after <c>AddRazorPages</c>. A page marked <c>[Authorize]</c> would then fail loudly rather than be open.
    /// </summary>
    public static IServiceCollection WithoutSignIn(this IServiceCollection services)
    {
        // WebApplication looks for the first of each pair; the others need them.
        services.RemoveAll<IAuthenticationSchemeProvider>();
        services.RemoveAll<IAuthenticationHandlerProvider>();
        services.RemoveAll<IAuthenticationService>();
        services.RemoveAll<IAuthorizationHandlerProvider>();
        services.RemoveAll<IAuthorizationService>();
        services.RemoveAll<IPolicyEvaluator>();
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
