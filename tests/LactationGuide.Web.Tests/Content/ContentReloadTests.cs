using System.Net;
using LactationGuide.Web.Content;
using Microsoft.Extensions.DependencyInjection;

namespace LactationGuide.Web.Tests.Content;

public sealed class ContentReloadTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private readonly ReloadingSiteFactory _site = new();

    public void Dispose()
    {
        _site.Dispose();
        Directory.Delete(_site.ContentPath, recursive: true);
    }

    [Fact]
    public async Task A_broken_edit_keeps_the_last_good_version_and_a_fix_is_served()
    {
        var client = _site.CreateClient();
        var provider = _site.Services.GetRequiredService<ContentLibraryProvider>();
        Assert.Equal("Alpha article", await TitleOf(client, "/articles/alpha"));

        var failed = Next(h => provider.ReloadFailed += _ => h.TrySetResult());
        ContentFixture.Edit(_site.ContentPath, "articles/alpha.md", "(beta.md#second-section)", "(gamma.md)");
        await failed.WaitAsync(Patience);

        var response = await client.GetAsync("/articles/alpha");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Alpha article", await TitleOf(client, "/articles/alpha"));

        var reloaded = Next(h => provider.Reloaded += _ => h.TrySetResult());
        ContentFixture.Edit(_site.ContentPath, "articles/alpha.md", "title: Alpha article\n", "title: Alpha, revised\n");
        ContentFixture.Edit(_site.ContentPath, "articles/alpha.md", "(gamma.md)", "(beta.md)");
        await reloaded.WaitAsync(Patience);

        Assert.Equal("Alpha, revised", await TitleOf(client, "/articles/alpha"));
    }

    private static Task Next(Action<TaskCompletionSource> subscribe)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        subscribe(done);
        return done.Task;
    }

    private static async Task<string> TitleOf(HttpClient client, string url) =>
        (await HtmlPage.GetAsync(client, url)).Document.QuerySelector("main h1").Text();

    private sealed class ReloadingSiteFactory() : SiteFactory(ContentFixture.CopyValid())
    {
        protected override bool ReloadContentOnChange => true;
    }
}
