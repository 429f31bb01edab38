using System.ComponentModel.DataAnnotations;

namespace LactationGuide.Web.Caching;

/// <summary>How long readers' browsers and shared caches (a CDN, nginx) may keep a page; section <c>Caching</c>.</summary>
public sealed class CachingOptions
{
    public const string Section = "Caching";

    /// <summary>
    /// Seconds a shared cache may serve a page without asking the site again (<c>s-maxage</c>). This is how long an
    /// edit can take to reach readers behind a CDN, so keep it short.
    /// </summary>
    [Range(0, 86_400)]
    public int SharedMaxAgeSeconds { get; set; } = 300;

    /// <summary>
    /// Seconds a reader's browser may reuse a page without asking (<c>max-age</c>). After that it revalidates with
    /// <c>If-None-Match</c>, which costs a round trip but no page.
    /// </summary>
    [Range(0, 86_400)]
    public int BrowserMaxAgeSeconds { get; set; } = 60;
}
