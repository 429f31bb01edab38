using System.Text.Json.Nodes;

namespace LactationGuide.Web.Seo;

/// <summary>
/// What a page tells link previews and search engines beyond its title and description (which stay in
/// <c>ViewData["Title"]</c> and <c>ViewData["Description"]</c>). Pages set it as <c>ViewData[LinkPreview.Key]</c>.
/// </summary>
/// <param name="Type">The Open Graph type: <c>article</c> for articles, <c>website</c> otherwise.</param>
/// <param name="ModifiedTime">For articles, when the content was last reviewed.</param>
/// <param name="StructuredData">The page's JSON-LD, if it has any.</param>
/// <param name="CanonicalPath">
/// The page's one address when its query is part of it (a reading list, <c>/list?items=…</c>); otherwise the
/// request's path is the canonical address.
/// </param>
public sealed record LinkPreview(string Type = "website", DateOnly? ModifiedTime = null, JsonObject? StructuredData = null, string? CanonicalPath = null)
{
    public const string Key = "LinkPreview";

    /// <summary>The shared image for every page: 1200 by 630 pixels, the size Open Graph and Twitter cards ask for.</summary>
    public const string ImagePath = "/images/og-image.png";

    public const string ImageAlt = "LactationGuide: how breast milk is made, in plain words";

    public static LinkPreview Website { get; } = new();
}
