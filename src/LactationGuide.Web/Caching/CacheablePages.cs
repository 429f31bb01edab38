using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LactationGuide.Web.Caching;

/// <summary>
/// Marks a non-Razor endpoint (such as <c>/sitemap.xml</c>) whose response depends only on the content, so it is cached
/// and validated like a page.
/// </summary>
public sealed class CacheableAsPageMetadata
{
    public static CacheableAsPageMetadata Instance { get; } = new();

    private CacheableAsPageMetadata()
    {
    }
}

public static class CacheablePages
{
    /// <summary>Razor Pages and endpoints marked <see cref="CacheableAsPageMetadata"/>; never static assets or /healthz.</summary>
    public static bool IsCacheablePage(this HttpContext context) =>
        context.GetEndpoint()?.Metadata is { } metadata
        && (metadata.GetMetadata<PageActionDescriptor>() is not null || metadata.GetMetadata<CacheableAsPageMetadata>() is not null);

    /// <summary>Caches and validates this endpoint's response like a page's.</summary>
    public static TBuilder CacheAsPage<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(CacheableAsPageMetadata.Instance);
}
