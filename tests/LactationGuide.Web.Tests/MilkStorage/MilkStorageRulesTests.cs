using LactationGuide.Web.Content;
using LactationGuide.Web.MilkStorage;
using LactationGuide.Web.Tests.Content;

namespace LactationGuide.Web.Tests.MilkStorage;

/// <summary>The rules file is checked like the rest of the content: every problem, with its file and line.</summary>
public sealed class MilkStorageRulesTests : IDisposable
{
    private const string RulesFile = "milk-storage-rules.yaml";
    private const string Article = "articles/milk-storage.md";
    private readonly string _root = RealContent.Copy();

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Real_rules_load_with_a_rule_for_every_place_and_guideline()
    {
        var rules = Load().StorageRules!;

        Assert.Equal(["cdc", "abm", "uk"], rules.Guidelines.Select(g => g.Id));
        Assert.Equal("cdc", rules.DefaultGuideline.Id);
        Assert.Equal(Enum.GetValues<StoragePlace>(), rules.Places.Select(p => p.Place));
        Assert.All(rules.Places, p => Assert.All(rules.Guidelines, g => Assert.NotEmpty(rules.Rule(p.Place, g).Sources)));
    }

    [Fact]
    public void Every_place_reads_back_from_its_own_id_so_no_time_is_shown_under_another_place()
    {
        Assert.Equal(
            [
                (StoragePlace.Room, "room"), (StoragePlace.CoolerBag, "cooler-bag"), (StoragePlace.Fridge, "fridge"),
                (StoragePlace.Freezer, "freezer"), (StoragePlace.IceBox, "ice-box"),
                (StoragePlace.ThawedInFridge, "thawed-in-fridge"),
                (StoragePlace.ThawedAtRoomTemperature, "thawed-at-room-temperature"), (StoragePlace.Leftover, "leftover"),
            ],
            Enum.GetValues<StoragePlace>().Select(p => (p, p.Id())));
        Assert.All(Enum.GetValues<StoragePlace>(), p => Assert.True(StoragePlaces.TryParse(p.Id(), out var read) && read == p));
        Assert.False(StoragePlaces.TryParse("Fridge", out _));
        Assert.False(StoragePlaces.TryParse("", out _));
        Assert.False(StoragePlaces.TryParse(null, out _));
    }

    [Fact]
    public void Rules_cite_the_same_source_records_as_the_article_that_shows_them()
    {
        var library = Load();
        var article = library.FindArticle("milk-storage")!;

        var cited = library.StorageRules!.Guidelines.SelectMany(g => g.Sources).ToList();

        Assert.All(cited, s => Assert.Contains(s, article.Sources));
    }

    [Fact]
    public void Changing_a_figure_in_the_rules_changes_the_articles_table()
    {
        Edit(RulesFile, "        limit: 4 days\n        condition: at 4 °C (40 °F) or colder", "        limit: 3 days\n        condition: at 4 °C (40 °F) or colder");

        var article = Load().FindArticle("milk-storage")!;

        var table = HtmlPage.Parse(article.BodyHtml).QuerySelector("table.storage-table")!;
        var fridgeRow = table.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th").Text() == "Fridge");
        Assert.Equal("Up to 3 days at 4 °C (40 °F) or colder.", fridgeRow.QuerySelectorAll("td")[0].Text());
    }

    /// <summary>Each mistake is reported at the line of <paramref name="at"/>, found in the edited file rather than counted by hand.</summary>
    [Theory]
    [InlineData("        limit: 4 days\n        condition: at 4 °C (40 °F) or colder", "        limit: 4 days\n        colour: blue\n        condition: at 4 °C (40 °F) or colder", "        colour: blue", "colour")]
    [InlineData("        limit: 4 days\n        condition: at 4 °C (40 °F) or colder", "        limit: 4 dayz\n        condition: at 4 °C (40 °F) or colder", "        limit: 4 dayz", "limit must be a whole number")]
    [InlineData("        limit: 1 hour\n        allowance: The CDC", "        limit: 1 hours\n        allowance: The CDC", "        limit: 1 hours", "'1 hours'")]
    [InlineData("        onlyAfter: fridge", "        onlyAfter: attic", "        limit: 24 hours\n        condition: for milk cooled in the fridge first", "onlyAfter must name another place")]
    [InlineData("        limit: 1 hour\n        allowance: The CDC", "        limit: 1 hour\n        countsFrom: lunchtime\n        allowance: The CDC", "        limit: 1 hour\n        countsFrom: lunchtime", "countsFrom must be")]
    [InlineData("        note: In a warm room, from 27 to 32 °C, 4 hours at the most.", "        note: In a warm room, from 27 to 32 °C, 4 hours at the most", "        limit: 4 hours\n        allowance: 6 to 8 hours", "full stop")]
    [InlineData("        sources: [bfn-expressing-storing]\n\n  - id: cooler-bag", "        sources: [abm-protocol-8]\n\n  - id: cooler-bag", "        limit: 4 hours\n        condition: if the room", "not one of guideline 'uk''s sources")]
    [InlineData("  - id: fridge\n", "  - id: fridges\n", "  - id: room", "places must be, in this order")]
    [InlineData("      uk:\n        # BfN gives 6 hours", "      nhs:\n        # BfN gives 6 hours", "        limit: 4 hours\n        condition: if the room", "'nhs' is not one of the guidelines")]
    [InlineData("      uk:\n        # BfN gives 6 hours", "      nhs:\n        # BfN gives 6 hours", "  - id: room", "has no rule for the guideline 'uk'")]
    [InlineData("        limit: none\n        note: The CDC gives times only for a freezer at -18 °C (0 °F) or colder, which a fridge's ice compartment may not reach.\n", "        limit: none\n", "        limit: none\n        sources: [cdc-milk-storage]", "'limit: none' needs a note")]
    [InlineData("        limit: none\n        note: The CDC", "        limit: none\n        condition: in a cold ice box\n        note: The CDC", "        limit: none\n        condition: in a cold ice box", "'limit: none' takes only a note")]
    [InlineData("        limit: 2 weeks", "        limit: 2 fortnights", "        limit: 2 fortnights", "or 'none' when the guideline gives no time")]
    public void Broken_rules_are_reported_with_file_line_and_reason(string find, string replace, string at, string reason)
    {
        Edit(RulesFile, find, replace);

        var error = Assert.Throws<ContentValidationException>(Load);

        var reported = Assert.Single(error.Errors, e => e.Reason.Contains(reason, StringComparison.Ordinal));
        Assert.Equal(Path.Combine(_root, RulesFile), reported.File);
        Assert.Equal(LineOf(RulesFile, at), reported.Line);
    }

    [Fact]
    public void A_source_the_article_does_not_list_is_reported()
    {
        var path = Path.Combine(_root, RulesFile);
        var cdcGuideline = LineOf(RulesFile, "  - id: cdc\n");
        File.WriteAllText(path, File.ReadAllText(path).Replace("cdc-milk-storage", "cdc-2019", StringComparison.Ordinal));

        var error = Assert.Throws<ContentValidationException>(Load);

        Assert.Contains(error.Errors, e => e.File == path && e.Line == cdcGuideline && e.Reason == "the source 'cdc-2019' is not a source of milk-storage.md, which shows these rules");
    }

    [Fact]
    public void A_table_without_a_rules_file_is_reported_at_the_table()
    {
        File.Delete(Path.Combine(_root, RulesFile));

        var error = Assert.Throws<ContentValidationException>(Load);

        var reported = Assert.Single(error.Errors);
        Assert.Equal(Path.Combine(_root, Article), reported.File);
        Assert.Equal(LineOf(Article, "```storage-table"), reported.Line);
    }

    [Fact]
    public void Rules_no_article_shows_are_reported()
    {
        Edit(Article, "```storage-table\n```\n", "");

        var error = Assert.Throws<ContentValidationException>(Load);

        Assert.Contains(error.Errors, e => e.File == Path.Combine(_root, RulesFile) && e.Reason.Contains("no article shows these rules", StringComparison.Ordinal));
    }

    [Fact]
    public void A_table_with_text_in_it_is_reported()
    {
        Edit(Article, "```storage-table\n```\n", "```storage-table\n| a | b |\n```\n");

        var error = Assert.Throws<ContentValidationException>(Load);

        Assert.Contains(error.Errors, e => e.Line == LineOf(Article, "```storage-table") && e.Reason.Contains("leave it empty", StringComparison.Ordinal));
    }

    [Fact]
    public void Content_without_rules_or_table_loads_without_a_planner()
    {
        var fixture = ContentFixture.CopyValid();
        try
        {
            var library = SiteContent.Loader(fixture, _ => true, RealRules.SitePages).Load();

            Assert.Null(library.StorageRules);
        }
        finally
        {
            Directory.Delete(fixture, recursive: true);
        }
    }

    private ContentLibrary Load() => SiteContent.Loader(_root, _ => true, RealRules.SitePages).Load();

    private void Edit(string file, string find, string replace) => ContentFixture.Edit(_root, file, find, replace);

    /// <summary>The line on which <paramref name="text"/> (which may span lines, and must be in the file once) starts.</summary>
    private int LineOf(string file, string text)
    {
        var content = File.ReadAllText(Path.Combine(_root, file)).ReplaceLineEndings("\n");
        var index = content.IndexOf(text, StringComparison.Ordinal);
        Assert.True(index >= 0 && index == content.LastIndexOf(text, StringComparison.Ordinal), $"'{text}' should be in {file} exactly once");
        return content.AsSpan(0, index).Count('\n') + 1;
    }
}
