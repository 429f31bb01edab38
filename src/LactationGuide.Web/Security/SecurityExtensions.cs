using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.DataProtection;
using LactationGuide.Web.Site;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LactationGuide.Web.Security;

public static class SecurityExtensions
{
    /// <summary>The host names every instance answers to beside the public one: a health check or a proxy on the same machine.</summary>
    private static readonly string[] Loopback = ["localhost", "127.0.0.1", "[::1]"];

    /// <summary>
    /// HSTS for a year, no <c>Server</c> header, the scheme a reverse proxy on this machine reports, and in Production
    /// only the site's own host names.
    /// </summary>
    public static IServiceCollection AddSiteSecurity(this IServiceCollection services)
    {
        // In Production a request must name the host of Site:PublicBaseUrl (or loopback, or a host AllowedHosts lists);
        // any other gets 400 before it reaches a page. "*" (the framework's default) is not honoured there: nobody
        // needs it, and it let anyone send made-up hosts by the thousand. Development and tests answer any host.
        services.AddOptions<HostFilteringOptions>().PostConfigure<IOptions<SiteOptions>, IHostEnvironment>((options, site, environment) =>
        {
            if (!environment.IsProduction() || site.Value.PublicBaseUrl is not { } publicBaseUrl)
            {
                return;
            }

            options.AllowedHosts = [.. options.AllowedHosts.Where(h => h != "*").Append(publicBaseUrl.IdnHost).Concat(Loopback).Distinct(StringComparer.OrdinalIgnoreCase)];
        });

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
    /// that protect cookies and anti-forgery tokens, nor a request body. Razor Pages registers all three all the same.
    /// Call after <c>AddRazorPages</c>.
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
    /// <para>
    /// MVC binds a handler's parameters from the form as well as the route and the query, and reads the body of any
    /// request that says it carries a form, GET included: a <c>Content-Type</c> of
    /// <c>application/x-www-form-urlencoded; charset=utf-7</c> made every uncached page a 500 (the framework refuses
    /// UTF-7). Without the form's value providers the body is never read.
    /// </para>
    /// </remarks>
    public static IServiceCollection ForAnonymousReaders(this IServiceCollection services)
    {
        services.Configure<MvcOptions>(options =>
        {
            options.ValueProviderFactories.RemoveType<FormValueProviderFactory>();
            options.ValueProviderFactories.RemoveType<FormFileValueProviderFactory>();
            options.ValueProviderFactories.RemoveType<JQueryFormValueProviderFactory>();
        });

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
