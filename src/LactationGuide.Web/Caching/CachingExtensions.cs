using System.IO.Compression;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;

namespace LactationGuide.Web.Caching;

public static class CachingExtensions
{
    /// <summary>The most the output cache holds, in bytes.</summary>
    public const long SizeLimit = 64 * 1024 * 1024;

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

                // The whole site, in every encoding, is a few megabytes; this bounds the cache whatever arrives.
                options.SizeLimit = SizeLimit;

                // A path is one page or none: /articles/First-Days must never be answered with /articles/first-days's
                // cached copy while an uncached request for it is a 404 (CanonicalAddressMiddleware redirects it).
                options.UseCaseSensitivePaths = true;
            });
        services.AddHostedService<EvictPagesOnContentReload>();
        return services;
    }

    /// <summary>Goes after <c>UseRouting</c>, so the cache knows which endpoint (a page or a static asset) answers.</summary>
    public static IApplicationBuilder UseSiteCaching(this IApplicationBuilder app)
    {
        app.UseMiddleware<VaryByEncodingMiddleware>();
        app.UseOutputCache();
        app.UseResponseCompression();
        app.UseMiddleware<PageValidatorsMiddleware>();
        return app;
    }
}
