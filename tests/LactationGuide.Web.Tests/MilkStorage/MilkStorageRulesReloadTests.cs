using System.Collections.Concurrent;
using System.Net;
using LactationGuide.Web.Content;
using LactationGuide.Web.Tests.Content;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace LactationGuide.Web.Tests.MilkStorage;

/// <summary>A writer editing the rules sees the planner and the article change together, without a restart.</summary>
public sealed class MilkStorageRulesReloadTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private const string Fridge = "/tools/milk-storage?expressed=2026-11-22T01:00&been=fridge+2026-11-22T01:00&to=still&guideline=cdc";
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

    /// <summary>
    /// The typo that once ended the process: reading the file threw on the second id, on the reload timer's thread.
    /// Now the edit is reported as file:line: reason, in the log too, and readers keep getting the last good rules.
    /// </summary>
    [Fact]
    public async Task A_guideline_id_written_twice_is_logged_at_its_line_and_the_running_site_keeps_serving_the_last_good_rules()
    {
        var client = _site.CreateClient();
        var provider = _site.Services.GetRequiredService<ContentLibraryProvider>();
        Assert.Equal("Use by Thu 26 Nov 2026, 01:00", await ResultHeading(client, Fridge));
        var rules = Path.Combine(_site.ContentPath, "milk-storage-rules.yaml");
        var secondId = Array.IndexOf(File.ReadAllLines(rules), "  - id: abm") + 1;

        var failed = new TaskCompletionSource<ContentValidationException>(TaskCreationOptions.RunContinuationsAsynchronously);
        provider.ReloadFailed += e => failed.TrySetResult(e);
        ContentFixture.Edit(_site.ContentPath, "milk-storage-rules.yaml", "  - id: abm\n", "  - id: cdc\n");
        var error = await failed.Task.WaitAsync(Patience);

        Assert.Contains(error.Errors, e => e.ToString() == $"{rules}:{secondId}: the guideline id 'cdc' is used twice");
        Assert.Contains(_site.Log, e => e.Level == LogEventLevel.Error && e.RenderMessage().Contains($"milk-storage-rules.yaml:{secondId}: the guideline id 'cdc' is used twice", StringComparison.Ordinal));
        Assert.Equal("Use by Thu 26 Nov 2026, 01:00", await ResultHeading(client, Fridge));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/articles/milk-storage?after=the-typo")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    private static async Task<string> ResultHeading(HttpClient client, string url) =>
        (await HtmlPage.GetAsync(client, url)).Document.QuerySelector("#result-heading").Text();

    private sealed class ReloadingSite() : SiteFactory(RealContent.Copy())
    {
        public ConcurrentQueue<LogEvent> Log { get; } = new();

        protected override bool ReloadContentOnChange => true;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(new Capture(Log)));
        }

        private sealed class Capture(ConcurrentQueue<LogEvent> log) : ILogEventSink
        {
            public void Emit(LogEvent logEvent) => log.Enqueue(logEvent);
        }
    }
}
