using System.Net;
using LactationGuide.Web.Tests.Content;

namespace LactationGuide.Web.Tests.Caching;

public sealed class ContentReloadCachingTests : IDisposable
{
    private readonly ReloadingSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Edited_content_replaces_the_cached_page_with_a_new_etag()
    {
        var client = _site.CreateClient();
        var before = await client.GetAsync("/articles/alpha");
        var cached = await client.GetAsync("/articles/alpha");
        Assert.NotNull(cached.Headers.Age);

        await _site.EditAndWaitForReloadAsync("articles/alpha.md", "title: Alpha article\n", "title: Alpha, revised\n");

        var request = new HttpRequestMessage(HttpMethod.Get, "/articles/alpha");
        request.Headers.IfNoneMatch.Add(before.Headers.ETag!);
        var after = await client.SendAsync(request);
        var page = HtmlPage.Parse(await after.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal("Alpha, revised", page.QuerySelector("main h1").Text());
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Null(after.Headers.Age);
    }
}
