using System.Net;

namespace LactationGuide.Web.Tests.Pages;

[Collection(SiteCollection.Name)]
public sealed class LinkCrawlTests(SiteFactory site)
{
    /// <summary>
    /// Follows every link on the site from the home page, as a reader clicking everything would, and checks that
    /// each page and each #section it points to exists. Images and stylesheets are fetched too.
    /// </summary>
    [Fact]
    public async Task Every_internal_link_and_section_link_resolves()
    {
        var client = site.CreateClient();
        var pages = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var links = new List<(string From, string Path, string? Fragment)>();
        var queue = new Queue<string>(["/"]);
        var broken = new List<string>();

        while (queue.TryDequeue(out var path))
        {
            if (pages.ContainsKey(path))
            {
                continue;
            }

            var (response, page) = await HtmlPage.GetAsync(client, path);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                broken.Add($"{path} returned {(int)response.StatusCode}");
                pages[path] = [];
                continue;
            }

            pages[path] = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
            foreach (var href in page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                if (href.StartsWith("http", StringComparison.Ordinal) || href.StartsWith("mailto:", StringComparison.Ordinal))
                {
                    continue;
                }

                var parts = href.Split('#', 2);
                var target = parts[0].Length == 0 ? path : parts[0];
                links.Add((path, target, parts.Length == 2 ? parts[1] : null));
                if (!pages.ContainsKey(target))
                {
                    queue.Enqueue(target);
                }
            }

            foreach (var asset in page.QuerySelectorAll("img[src], link[rel=stylesheet][href], script[src]"))
            {
                var url = asset.GetAttribute("src") ?? asset.GetAttribute("href")!;
                var assetResponse = await client.GetAsync(url);
                if (assetResponse.StatusCode != HttpStatusCode.OK || (await assetResponse.Content.ReadAsByteArrayAsync()).Length == 0)
                {
                    broken.Add($"{path}: {url} returned {(int)assetResponse.StatusCode} or nothing");
                }
            }
        }

        foreach (var (from, target, fragment) in links.Where(l => l.Fragment is not null))
        {
            if (pages.TryGetValue(target, out var ids) && !ids.Contains(fragment!))
            {
                broken.Add($"{from} links to {target}#{fragment}, which has no such id");
            }
        }

        Assert.Empty(broken);

        // A reader clicking everything reaches every page, but the pages made by readers and the 404.
        var unreached = SitePages.All.Where(p => p != SitePages.NotFound && !SitePages.MadeByReaders.Contains(p) && !pages.ContainsKey(p)).ToList();
        Assert.True(unreached.Count == 0, "no link leads to " + string.Join(", ", unreached));
    }
}
