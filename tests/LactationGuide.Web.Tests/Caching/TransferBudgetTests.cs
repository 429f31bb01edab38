using System.Net;
using LactationGuide.Web.Content;
using Microsoft.Extensions.DependencyInjection;

namespace LactationGuide.Web.Tests.Caching;

/// <summary>A parent on a slow phone connection downloads the page and everything it needs; this is what that costs.</summary>
[Collection(SiteCollection.Name)]
public sealed class TransferBudgetTests(SiteFactory site)
{
    private const int BudgetBytes = 30 * 1024;

    public static TheoryData<string> Articles()
    {
        using var factory = new SiteFactory();
        return [.. factory.Services.GetRequiredService<ContentLibraryProvider>().Current.Articles.Select(a => a.Url)];
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public async Task Article_page_with_everything_it_loads_fits_in_30_KB_compressed(string url)
    {
        var client = site.CreateClient();
        client.DefaultRequestHeaders.AcceptEncoding.ParseAdd("br");
        client.DefaultRequestHeaders.AcceptEncoding.ParseAdd("gzip");

        var html = await client.GetAsync(url);
        var bytes = (await html.Content.ReadAsByteArrayAsync()).Length;
        var page = HtmlPage.Parse(await Decoded(url));
        var assets = page.QuerySelectorAll("link[rel~=stylesheet][href], link[rel~=icon][href], link[rel=manifest][href], script[src], img[src]")
            .Select(e => e.GetAttribute("src") ?? e.GetAttribute("href")!)
            .Distinct()
            .ToList();

        var sizes = new List<string> { $"{url}: {bytes}" };
        foreach (var asset in assets)
        {
            Assert.StartsWith("/", asset); // Nothing from another site.
            var response = await client.GetAsync(asset);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var size = await TransferredSize(response);
            sizes.Add($"{asset}: {size}");
            bytes += size;
        }

        Assert.True(bytes <= BudgetBytes, $"{bytes} bytes transferred, over the {BudgetBytes} budget: {string.Join(", ", sizes)}");
    }

    /// <summary>
    /// The test host serves static files from a Debug build, whose "compressed" copies are stored without
    /// compression to keep builds fast; a published site serves the Brotli copies that <c>dotnet publish</c> makes.
    /// Count what a reader's phone would receive from the published site.
    /// </summary>
    private static async Task<int> TransferredSize(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStreamAsync();
        if (!IsCompressible(response.Content.Headers.ContentType?.MediaType))
        {
            using var plain = new MemoryStream();
            await body.CopyToAsync(plain);
            return (int)plain.Length;
        }

        var decoded = response.Content.Headers.ContentEncoding.LastOrDefault() switch
        {
            "gzip" => new System.IO.Compression.GZipStream(body, System.IO.Compression.CompressionMode.Decompress),
            "br" => new System.IO.Compression.BrotliStream(body, System.IO.Compression.CompressionMode.Decompress),
            _ => body,
        };
        using var compressed = new MemoryStream();
        using (var brotli = new System.IO.Compression.BrotliStream(compressed, System.IO.Compression.CompressionLevel.SmallestSize, leaveOpen: true))
        {
            await decoded.CopyToAsync(brotli);
        }

        return (int)compressed.Length;
    }

    private static bool IsCompressible(string? mediaType) =>
        mediaType is "text/css" or "text/javascript" or "application/javascript" or "image/svg+xml" or "application/manifest+json";

    private async Task<string> Decoded(string url) => await site.CreateClient().GetStringAsync(url);
}
