using System.ComponentModel.DataAnnotations;

namespace LactationGuide.Web.Site;

/// <summary>The site's settings, from the <c>Site</c> section of appsettings; checked when the app starts.</summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    [Required, MinLength(1)]
    public string SiteName { get; set; } = "";

    /// <summary>
    /// Where readers reach the site, for canonical links, previews and QR codes. Never taken from the request's
    /// Host header, which anyone can set.
    /// </summary>
    [Required]
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>The content folder; a relative path is taken from the app's content root.</summary>
    [Required, MinLength(1)]
    public string ContentPath { get; set; } = "";

    /// <summary>Rebuild the content library when a file changes (for writers, in Development).</summary>
    public bool ReloadContentOnChange { get; set; }
}

/// <summary>Turns site paths into the absolute addresses readers share.</summary>
public sealed class SiteUrls(Microsoft.Extensions.Options.IOptions<SiteOptions> options)
{
    private readonly Uri _base = options.Value.PublicBaseUrl!;

    public Uri Absolute(string path) => new(_base, path);
}
