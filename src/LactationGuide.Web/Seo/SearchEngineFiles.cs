using System.Globalization;
using System.Text;
using System.Xml;
using LactationGuide.Web.Content;
using LactationGuide.Web.Site;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LactationGuide.Web.Seo;

/// <summary><c>/sitemap.xml</c> and <c>/robots.txt</c>, built from the content library and the site's own pages.</summary>
public sealed class SearchEngineFiles(ContentLibraryProvider content, SiteUrls urls, EndpointDataSource endpoints)
{
    /// <summary>
    /// Pages that answer something (an error, a query, one bottle's label) rather than being something to index.
    /// </summary>
    private static readonly HashSet<string> NotListed = ["/error", "/search", "/tools/milk-storage/label", "/list"];

    public string Robots() =>
        $"""
        User-agent: *
        Disallow: /search
        Disallow: /status/

        Sitemap: {urls.Absolute("/sitemap.xml")}

        """;

    /// <summary>
    /// Every page with its <c>lastmod</c>: an article's is the day it was last reviewed or corrected. Other pages (lists, questions,
    /// the glossary) carry no date of their own, so theirs is the day this version of the content was loaded: they
    /// cannot have changed after it.
    /// </summary>
    public string Sitemap()
    {
        var library = content.Current;
        var loaded = DateOnly.FromDateTime(library.LoadedAt.UtcDateTime);
        var pages = FixedPages().Select(path => (path, loaded))
            .Concat(library.Articles.Select(a => (path: a.Url, loaded: a.LastChanged)))
            .Concat(library.Faq.Select(f => (path: f.Url, loaded)));

        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var (path, lastModified) in pages)
            {
                xml.WriteStartElement("url");
                xml.WriteElementString("loc", urls.Absolute(path).ToString());
                xml.WriteElementString("lastmod", lastModified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        // StringBuilder makes XmlWriter declare utf-16; the response is UTF-8.
        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    /// <summary>Razor Pages without route values (<c>/</c>, <c>/faq</c>, and whatever pages are added later).</summary>
    private IEnumerable<string> FixedPages() => endpoints.Endpoints
        .OfType<RouteEndpoint>()
        .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null && e.RoutePattern.Parameters.Count == 0)
        .Select(e => "/" + (e.RoutePattern.RawText ?? "").Trim('/').ToLowerInvariant())
        .Where(path => path != "/index" && !path.EndsWith("/index", StringComparison.Ordinal) && !NotListed.Contains(path))
        .Distinct()
        .Order(StringComparer.Ordinal);
}
