using System.Net;
using LactationGuide.Web.Content;
using LactationGuide.Web.Search;
using LactationGuide.Web.Tests.Content;
using Microsoft.Extensions.DependencyInjection;

namespace LactationGuide.Web.Tests.Search;

public sealed class SearchReloadTests : IDisposable
{
    private readonly ReloadingSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Edited_content_is_searchable_after_a_reload()
    {
        var client = _site.CreateClient();
        Assert.Empty(await ResultLinks(client, "zebra"));

        await _site.EditAndWaitForReloadAsync("articles/alpha.md", "title: Alpha article\n", "title: Alpha zebra article\n");

        var links = await ResultLinks(client, "zebra");
        Assert.Equal("/articles/alpha", links.First());
        Assert.All(links, l => Assert.StartsWith("/articles/alpha", l));
    }

    [Fact]
    public async Task An_edited_synonym_list_is_used_without_a_restart()
    {
        var client = _site.CreateClient();
        Assert.Empty(await ResultLinks(client, "zebra"));

        await File.WriteAllTextAsync(Path.Combine(_site.ContentPath, SearchSynonyms.FileName), "zebra, alpha\n");

        var deadline = DateTime.UtcNow + ReloadingSite.Patience;
        var links = new List<string>();
        while (links.Count == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            links = await ResultLinks(client, "zebra");
        }

        Assert.Equal("/articles/alpha", links.FirstOrDefault());
    }

    [Fact]
    public async Task An_edited_phrases_file_is_used_without_a_restart()
    {
        var client = _site.CreateClient();
        Assert.Empty(await ResultLinks(client, "zebra"));

        await File.WriteAllTextAsync(Path.Combine(_site.ContentPath, SearchPhrases.FileName), "/articles/alpha: zebra crossing\n");

        var deadline = DateTime.UtcNow + ReloadingSite.Patience;
        var links = new List<string>();
        while (links.Count == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            links = await ResultLinks(client, "zebra");
        }

        Assert.Equal(["/articles/alpha"], links);
    }

    [Fact]
    public async Task Searches_running_while_the_index_is_rebuilt_all_succeed()
    {
        var search = _site.Services.GetRequiredService<SiteSearch>();
        var library = _site.Provider.Current;
        var searching = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
            Enumerable.Range(0, 300).Count(_ => search.Search("alpha").Hits.Length > 0))).ToArray();

        var rebuilds = 0;
        while (!searching.All(t => t.IsCompleted))
        {
            search.Rebuild(library);
            rebuilds++;
        }

        var found = await Task.WhenAll(searching);
        Assert.True(rebuilds > 1, $"only {rebuilds} rebuild(s) overlapped the searches");
        Assert.All(found, count => Assert.Equal(300, count));
    }

    private static async Task<List<string>> ResultLinks(HttpClient client, string query)
    {
        var (response, page) = await HtmlPage.GetAsync(client, "/search?q=" + Uri.EscapeDataString(query));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return page.QuerySelectorAll("ol.search-results .search-result-title a").Select(a => a.GetAttribute("href")!).ToList();
    }

}
