using System.Net;

namespace LactationGuide.Web.Tests.Content;

public sealed class ContentReloadTests : IDisposable
{
    private readonly ReloadingSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_broken_edit_keeps_the_last_good_version_and_a_fix_is_served()
    {
        var client = _site.CreateClient();
        Assert.Equal("Alpha article", await TitleOf(client, "/articles/alpha"));

        await _site.EditAndWaitForFailedReloadAsync("articles/alpha.md", "(beta.md#second-section)", "(gamma.md)");

        var response = await client.GetAsync("/articles/alpha");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Alpha article", await TitleOf(client, "/articles/alpha"));

        // Only a load with the link fixed can succeed, and by then the title has changed too.
        ContentFixture.Edit(_site.ContentPath, "articles/alpha.md", "title: Alpha article\n", "title: Alpha, revised\n");
        await _site.EditAndWaitForReloadAsync("articles/alpha.md", "(gamma.md)", "(beta.md)");

        Assert.Equal("Alpha, revised", await TitleOf(client, "/articles/alpha"));
    }

    private static async Task<string> TitleOf(HttpClient client, string url) =>
        (await HtmlPage.GetAsync(client, url)).Document.QuerySelector("main h1").Text();
}
