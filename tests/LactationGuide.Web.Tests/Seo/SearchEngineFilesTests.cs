using System.Net;
using System.Xml.Linq;
using LactationGuide.Web.Content;
using Microsoft.Extensions.DependencyInjection;

namespace LactationGuide.Web.Tests.Seo;

[Collection(SiteCollection.Name)]
public sealed class SearchEngineFilesTests(SiteFactory site)
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private readonly HttpClient _client = site.CreateClient();

    [Fact]
    public async Task Sitemap_lists_every_page_once_with_a_lastmod_and_no_search_or_error_pages()
    {
        var response = await _client.GetAsync("/sitemap.xml");
        var urls = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!.Elements(Sitemap + "url").ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        // Every page a reader can reach but the pages made by readers (answers, not pages to index) and the 404.
        var expected = SitePages.All
            .Where(path => path != SitePages.NotFound && !SitePages.MadeByReaders.Contains(path))
            .Select(path => SiteFactory.PublicBaseUrl.TrimEnd('/') + path)
            .Order(StringComparer.Ordinal);
        var listed = urls.Select(u => u.Element(Sitemap + "loc")!.Value).ToList();

        Assert.Equal(expected, listed.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(listed, url => url.Contains("/search") || url.Contains("/error") || url.Contains("/status"));
        Assert.All(urls, u => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", u.Element(Sitemap + "lastmod")?.Value ?? ""));
    }

    [Fact]
    public async Task Article_lastmod_in_the_sitemap_is_its_last_review_or_correction()
    {
        var articles = site.Services.GetRequiredService<ContentLibraryProvider>().Current.Articles;
        var article = articles.FirstOrDefault(a => !a.Corrections.IsEmpty) ?? articles[0];
        var sitemap = XDocument.Parse(await _client.GetStringAsync("/sitemap.xml"));

        var entry = sitemap.Root!.Elements(Sitemap + "url")
            .Single(u => u.Element(Sitemap + "loc")!.Value == SiteFactory.PublicBaseUrl.TrimEnd('/') + article.Url);

        Assert.Equal(article.LastChanged.ToString("yyyy-MM-dd"), entry.Element(Sitemap + "lastmod")!.Value);
        Assert.True(article.LastChanged >= article.LastReviewed && article.Corrections.All(c => c.Date <= article.LastChanged));
    }

    [Fact]
    public async Task Every_sitemap_address_is_a_page_that_exists()
    {
        var sitemap = XDocument.Parse(await _client.GetStringAsync("/sitemap.xml"));

        foreach (var loc in sitemap.Descendants(Sitemap + "loc").Select(l => new Uri(l.Value)))
        {
            Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(loc.AbsolutePath)).StatusCode);
        }
    }

    [Fact]
    public async Task Robots_txt_allows_the_site_and_points_to_the_sitemap()
    {
        var response = await _client.GetAsync("/robots.txt");
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.TrimEntries);

        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("User-agent: *", lines);
        Assert.DoesNotContain("Disallow: /", lines);
        Assert.Contains($"Sitemap: {SiteFactory.PublicBaseUrl}sitemap.xml", lines);
    }

    [Fact]
    public async Task Link_preview_image_is_a_1200_by_630_png()
    {
        var response = await _client.GetAsync("/images/og-image.png");
        var png = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.Equal(1200, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(630, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }

    [Fact]
    public async Task Favicons_and_the_web_app_manifest_and_its_icons_are_served()
    {
        var (_, page) = await HtmlPage.GetAsync(_client, "/");
        var manifestUrl = page.QuerySelector("link[rel=manifest]")?.GetAttribute("href");
        var icons = page.QuerySelectorAll("link[rel~=icon], link[rel=apple-touch-icon]").Select(l => l.GetAttribute("href")!).ToList();

        Assert.NotNull(manifestUrl);
        Assert.Equal(3, icons.Count);
        var manifestResponse = await _client.GetAsync(manifestUrl);
        Assert.Equal("application/manifest+json", manifestResponse.Content.Headers.ContentType?.MediaType);
        var manifest = System.Text.Json.Nodes.JsonNode.Parse(await manifestResponse.Content.ReadAsStringAsync())!;
        Assert.Equal("LactationGuide", (string?)manifest["short_name"]);
        icons.AddRange(manifest["icons"]!.AsArray().Select(i => (string)i!["src"]!));
        icons.Add("/favicon.ico"); // Asked for by browsers and bots that never read the page.
        foreach (var icon in icons)
        {
            var response = await _client.GetAsync(icon);
            Assert.True(HttpStatusCode.OK == response.StatusCode, icon);
            Assert.StartsWith("image/", response.Content.Headers.ContentType?.MediaType);
        }
    }
}
