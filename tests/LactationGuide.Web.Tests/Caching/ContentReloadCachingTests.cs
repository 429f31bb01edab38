using System.Net;
using LactationGuide.Web.Content;
using LactationGuide.Web.Tests.Content;
using Microsoft.Extensions.DependencyInjection;

namespace LactationGuide.Web.Tests.Caching;

public sealed class ContentReloadCachingTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private readonly ReloadingSiteFactory _site = new();

    public void Dispose()
    {
        _site.Dispose();
        Directory.Delete(_site.ContentPath, recursive: true);
    }

    [Fact]
    public async Task Edited_content_replaces_the_cached_page_with_a_new_etag()
    {
        var client = _site.CreateClient();
        var provider = _site.Services.GetRequiredService<ContentLibraryProvider>();
        var before = await client.GetAsync("/articles/alpha");
        var cached = await client.GetAsync("/articles/alpha");
        Assert.NotNull(cached.Headers.Age);

        var reloaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        provider.Reloaded += _ => reloaded.TrySetResult();
        ContentFixture.Edit(_site.ContentPath, "articles/alpha.md", "title: Alpha article\n", "title: Alpha, revised\n");
        await reloaded.Task.WaitAsync(Patience);

        var request = new HttpRequestMessage(HttpMethod.Get, "/articles/alpha");
        request.Headers.IfNoneMatch.Add(before.Headers.ETag!);
        var after = await client.SendAsync(request);
        var page = HtmlPage.Parse(await after.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal("Alpha, revised", page.QuerySelector("main h1").Text());
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Null(after.Headers.Age);
    }

    private sealed class ReloadingSiteFactory() : SiteFactory(ContentFixture.CopyValid())
    {
        protected override bool ReloadContentOnChange => true;
    }
}
