using System.IO.Compression;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;

namespace LactationGuide.Web.Caching;

public static class CachingExtensions
{
    /// <summary>Output cache for pages, Brotli and gzip for everything text, validators and Cache-Control for CDNs.</summary>
    public static IServiceCollection AddSiteCaching(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CachingOptions>()
            .Bind(configuration.GetSection(CachingOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddResponseCompression(options =>
        {
            // Pages hold no secrets (no cookies, no tokens, no personal data), so BREACH has nothing to recover.
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "image/svg+xml", "application/manifest+json"];
        });

        // Most pages are compressed once and then served from the output cache, but search results and the planner's
        // answers are compressed on every request: Optimal is the ratio worth paying for per request.
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);

        services.AddSingleton<PageOutputCachePolicy>();
        services.AddOutputCache();
        services.AddOptions<OutputCacheOptions>()
            .Configure<PageOutputCachePolicy>((options, policy) =>
            {
                options.AddBasePolicy(policy);

                // The whole site, in both encodings, is a few megabytes; this bounds what made-up Host headers can fill.
                options.SizeLimit = 64 * 1024 * 1024;
            });
        services.AddHostedService<EvictPagesOnContentReload>();
        return services;
    }

    /// <summary>Goes after <c>UseRouting</c>, so the cache knows which endpoint (a page or a static asset) answers.</summary>
    public static IApplicationBuilder UseSiteCaching(this IApplicationBuilder app)
    {
        app.UseOutputCache();
        app.UseResponseCompression();
        app.UseMiddleware<PageValidatorsMiddleware>();
        return app;
    }
}
