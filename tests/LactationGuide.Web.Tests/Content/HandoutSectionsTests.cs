using LactationGuide.Web.Content;

namespace LactationGuide.Web.Tests.Content;

/// <summary>An article names the sections its printed handout can spare; the loader checks the choice and marks them.</summary>
public sealed class HandoutSectionsTests : IDisposable
{
    private static readonly HashSet<string> SitePages = ["/", "/faq"];
    private readonly string _root = ContentFixture.CopyValid();

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Section_left_out_of_the_handout_stays_on_the_page_marked_for_print_to_skip()
    {
        AddSection("beta", "## Background {#background}\n\nOld studies.[^old-study]", "old-study");
        LeaveOut("beta", "background");

        var beta = Load().FindArticle("beta")!;

        var html = HtmlPage.Parse(beta.BodyHtml);
        var wrapper = Assert.Single(html.QuerySelectorAll(".handout-left-out"));
        Assert.Equal("background", wrapper.QuerySelector("h2")?.Id);
        Assert.Contains("Old studies.", wrapper.TextContent);
        Assert.Null(html.QuerySelector(".handout-left-out #second-section"));
        Assert.Equal([new Heading(2, "background", "Background")], beta.LeftOutOfHandout.ToArray());
        Assert.Contains(beta.OnThisPage, h => h.Id == "background");
        Assert.Contains(beta.TextBySection, s => s.SectionId == "background" && s.Text.Contains("Old studies.", StringComparison.Ordinal));
    }

    [Fact]
    public void Source_cited_only_in_a_left_out_section_is_left_out_of_the_printed_source_list_and_keeps_the_numbers()
    {
        AddSection("beta", "## Background {#background}\n\nOld studies.[^old-study] New ones.[^who]", "old-study");
        LeaveOut("beta", "background");

        var sources = HtmlPage.Parse(Load().FindArticle("beta")!.SourcesHtml);

        Assert.Equal(["source-old-study"], sources.QuerySelectorAll("li.handout-left-out").Select(li => li.Id));
        Assert.Equal(["1", "2"], sources.QuerySelectorAll("ol.sources > li").Select(li => li.GetAttribute("value")));
    }

    [Fact]
    public void Without_sections_left_out_nothing_is_marked()
    {
        var alpha = Load().FindArticle("alpha")!;

        Assert.Empty(alpha.LeftOutOfHandout);
        Assert.DoesNotContain("handout-left-out", alpha.BodyHtml + alpha.SourcesHtml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nowhere", "names 'nowhere', which is not the id of a ## section")]
    [InlineData("a-sub-section", "names 'a-sub-section', which is not the id of a ## section")]
    [InlineData("first-section", "holds a [!URGENT] callout, and safety advice is always printed")]
    [InlineData("second-part, second-part", "names the section 'second-part' twice")]
    [InlineData("first-section, second-part", "names every section")]
    public void A_handout_cannot_leave_out_a_missing_section_safety_advice_or_everything(string sections, string reason)
    {
        AddSection("alpha", "## Second part {#second-part}\n\nMore.", source: null);
        LeaveOut("alpha", sections);

        var error = Assert.Throws<ContentValidationException>(Load);

        var reported = Assert.Single(error.Errors, e => e.Reason.Contains(reason, StringComparison.Ordinal));
        Assert.Equal(Path.Combine(_root, "articles/alpha.md"), reported.File);
        Assert.Equal(19, reported.Line);
    }

    private ContentLibrary Load() => SiteContent.Loader(_root, _ => true, SitePages).Load();

    private void LeaveOut(string article, string sections) =>
        ContentFixture.Edit(_root, $"articles/{article}.md", "\n---\n", $"\nhandoutLeavesOut: [{sections}]\n---\n");

    private void AddSection(string article, string markdown, string? source)
    {
        var file = Path.Combine(_root, "articles", article + ".md");
        File.AppendAllText(file, "\n" + markdown + "\n");
        if (source is not null)
        {
            ContentFixture.Edit(_root, $"articles/{article}.md", "sources:\n", $"sources:\n  - id: {source}\n    title: An old study\n    publisher: A journal\n    year: 1990\n    url: https://doi.org/10.1000/{source}\n");
        }
    }
}
