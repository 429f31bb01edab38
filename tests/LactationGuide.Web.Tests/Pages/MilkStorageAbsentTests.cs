using System.Net;
using LactationGuide.Web.Tests.Content;

namespace LactationGuide.Web.Tests.Pages;

/// <summary>Content without storage rules has no planner: no page, and no link to one.</summary>
public sealed class MilkStorageAbsentTests : IDisposable
{
    private readonly RulelessSite _site = new();

    public void Dispose()
    {
        _site.Dispose();
        Directory.Delete(_site.ContentPath, recursive: true);
    }

    [Fact]
    public async Task Without_a_rules_file_the_planner_is_a_404_and_the_home_page_does_not_offer_it()
    {
        var client = _site.CreateClient();

        var (planner, page) = await HtmlPage.GetAsync(client, "/tools/milk-storage?expressed=2026-11-22T01:00&been=fridge+2026-11-22T01:00&to=still");
        var (_, home) = await HtmlPage.GetAsync(client, "/");

        Assert.Equal(HttpStatusCode.NotFound, planner.StatusCode);
        Assert.Equal("Page not found", page.QuerySelector("main h1").Text());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/tools/milk-storage/label")).StatusCode);
        Assert.NotNull(home.QuerySelector("#topics"));
        Assert.Null(home.QuerySelector("a[href='/tools/milk-storage']"));
    }

    private sealed class RulelessSite() : SiteFactory(ContentFixture.CopyValid());
}
