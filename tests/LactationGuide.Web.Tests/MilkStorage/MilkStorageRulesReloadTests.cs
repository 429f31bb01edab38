using LactationGuide.Web.Content;
using LactationGuide.Web.Tests.Content;
using Microsoft.Extensions.DependencyInjection;

namespace LactationGuide.Web.Tests.MilkStorage;

/// <summary>A writer editing the rules sees the planner and the article change together, without a restart.</summary>
public sealed class MilkStorageRulesReloadTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private readonly ReloadingSite _site = new();

    public void Dispose()
    {
        _site.Dispose();
        Directory.Delete(_site.ContentPath, recursive: true);
    }

    [Fact]
    public async Task Editing_a_figure_in_the_rules_file_changes_the_planner_and_the_articles_table_together()
    {
        var client = _site.CreateClient();
        var provider = _site.Services.GetRequiredService<ContentLibraryProvider>();
        const string Fridge = "/tools/milk-storage?expressed=2026-11-22T01:00&been=fridge+2026-11-22T01:00&to=still&guideline=cdc";
        Assert.Equal("Use by Thu 26 Nov 2026, 01:00", await ResultHeading(client, Fridge));

        var reloaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        provider.Reloaded += _ => reloaded.TrySetResult();
        ContentFixture.Edit(_site.ContentPath, "milk-storage-rules.yaml", "        limit: 4 days\n        condition: at 4 °C (40 °F) or colder", "        limit: 3 days\n        condition: at 4 °C (40 °F) or colder");
        await reloaded.Task.WaitAsync(Patience);

        Assert.Equal("Use by Wed 25 Nov 2026, 01:00", await ResultHeading(client, Fridge));
        var (_, article) = await HtmlPage.GetAsync(client, "/articles/milk-storage");
        var fridgeRow = article.QuerySelectorAll("table.storage-table tbody tr").Single(r => r.QuerySelector("th").Text() == "Fridge");
        Assert.Equal("Up to 3 days at 4 °C (40 °F) or colder.", fridgeRow.QuerySelector("td").Text());
    }

    private static async Task<string> ResultHeading(HttpClient client, string url) =>
        (await HtmlPage.GetAsync(client, url)).Document.QuerySelector("#result-heading").Text();

    private sealed class ReloadingSite() : SiteFactory(RealContent.Copy())
    {
        protected override bool ReloadContentOnChange => true;
    }
}
