using LactationGuide.Web.Content;
using LactationGuide.Web.Tests.Content;
using LactationGuide.Web.WarningSigns;

namespace LactationGuide.Web.Tests.WarningSigns;

/// <summary>
/// The signs file is read as strictly as front matter, and pages can only show a sign from it, in a callout of the
/// sign's own level: what keeps a sign at one level on every page.
/// </summary>
public sealed class WarningSignsLoaderTests : IDisposable
{
    private const string Signs = "warning-signs.yaml";
    private static readonly HashSet<string> SitePages = ["/", "/faq", "/unwell"];
    private readonly string _root = ContentFixture.CopyValid();

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void The_signs_file_loads_most_urgent_first_with_its_sources()
    {
        var signs = Load().WarningSigns!;

        Assert.Equal(["hard-to-wake", "no-wet-nappy", "confused-parent", "feeds-hurt"], signs.Signs.Select(s => s.Id));
        var nappy = signs.Find("no-wet-nappy")!;
        Assert.Equal(WarningLevel.Urgent, nappy.Level);
        Assert.Equal(SignAge.UnderThreeMonths, nappy.Age);
        Assert.Equal("nhs-dehydration", Assert.Single(nappy.Sources).Id);
        Assert.Equal("/unwell#no-wet-nappy", nappy.Url);
        Assert.Contains("https://www.nhs.uk/conditions/dehydration/", signs.SourceHtml["nhs-dehydration"]);
    }

    [Theory]
    [InlineData("    level: urgent\n    age", "    level: urgent\n    colour: red\n    age", 37, "colour")]
    [InlineData("    level: urgent\n    age", "    level: today\n    age", 34, "level must be emergency, urgent or soon, not 'today'")]
    [InlineData("  - id: no-wet-nappy\n    for: baby", "  - id: no-wet-nappy\n    for: parent", 34, "for must be baby or you")]
    [InlineData("    age: under-3-months", "    age: toddler", 34, "age must be")]
    [InlineData("    sources: [nhs-dehydration]\n  - id: feeds-hurt", "    sources: []\n  - id: feeds-hurt", 34, "needs its sources")]
    [InlineData("    sources: [nhs-dehydration]\n  - id: feeds-hurt", "    sources: [nice]\n  - id: feeds-hurt", 34, "cites 'nice', which is not in the sources list")]
    [InlineData("  - id: feeds-hurt", "  - id: no-wet-nappy", 42, "the sign id 'no-wet-nappy' is used twice")]
    [InlineData("    text: feeds hurt", "    text: Feeds hurt.", 42, "start it in lower case")]
    [InlineData("    words: [painful feeds]", "    words: []", 42, "words a parent might search for")]
    [InlineData("    note: Count the nappies since the last wet one.", "    note: Count the nappies", 34, "full sentences")]
    [InlineData("    url: https://www.nhs.uk/conditions/dehydration/\n", "", 18, "needs a url a reader can check")]
    [InlineData("  urgent:\n", "  today:\n", 2, "levels must be, in this order: emergency, urgent, soon")]
    [InlineData("      baby: Call your emergency number now if", "      baby: \"Call your emergency number now if:\"", 5, "without the colon")]
    [InlineData("  - id: hse-very-unwell", "  - id: hse-unwell", 22, "the source 'hse-unwell' is never cited")]
    public void A_broken_signs_file_is_reported_with_file_line_and_reason(string find, string replace, int line, string reason)
    {
        ContentFixture.Edit(_root, Signs, find, replace);

        var error = Assert.Throws<ContentValidationException>(Load);

        var reported = Assert.Single(error.Errors, e => e.Reason.Contains(reason, StringComparison.Ordinal));
        Assert.Equal(Path.Combine(_root, Signs), reported.File);
        Assert.Equal(line, reported.Line);
    }

    [Theory]
    [InlineData("> [!URGENT]\n> ```warning-signs\n> no-wet-nappy", "> [!EMERGENCY]\n> ```warning-signs\n> no-wet-nappy", 35, "the sign 'no-wet-nappy' is at the level urgent in warning-signs.yaml, so it goes in a [!URGENT] callout, not [!EMERGENCY]")]
    [InlineData("> [!URGENT]\n> ```warning-signs\n> no-wet-nappy", "> [!ROUTINE]\n> ```warning-signs\n> no-wet-nappy", 35, "goes in a [!URGENT] callout, not [!ROUTINE]")]
    [InlineData("> no-wet-nappy", "> no-wet-nappies", 35, "there is no warning sign 'no-wet-nappies' in warning-signs.yaml")]
    [InlineData("> no-wet-nappy", "> no-wet-nappy\n> confused-parent", 36, "the sign 'confused-parent' is about the parent, unlike the signs before it")]
    [InlineData("> no-wet-nappy", "> no-wet-nappy\n> no-wet-nappy", 36, "shown twice on this page")]
    [InlineData("> ```warning-signs\n> no-wet-nappy\n> ```", "> Get help today if you are worried.", 33, "an [!URGENT] callout shows its warning signs from warning-signs.yaml")]
    [InlineData("> [!URGENT]\n> ```warning-signs\n> no-wet-nappy\n> ```", "```warning-signs\nno-wet-nappy\n```", 33, "goes inside the callout of its signs' level")]
    public void A_page_shows_signs_only_from_the_file_and_only_at_their_level(string find, string replace, int line, string reason)
    {
        ContentFixture.Edit(_root, "articles/alpha.md", find, replace);

        var error = Assert.Throws<ContentValidationException>(Load);

        var reported = Assert.Single(error.Errors, e => e.Reason.Contains(reason, StringComparison.Ordinal));
        Assert.Equal(Path.Combine(_root, "articles/alpha.md"), reported.File);
        Assert.Equal(line, reported.Line);
    }

    [Fact]
    public void An_answer_can_show_a_sign_too_and_is_held_to_the_same_level()
    {
        ContentFixture.Edit(_root, "faq/one.md", "Yes.", "Yes.\n\n> [!EMERGENCY]\n> ```warning-signs\n> feeds-hurt\n> ```\n");

        var error = Assert.Throws<ContentValidationException>(Load);

        var reported = Assert.Single(error.Errors);
        Assert.Equal((Path.Combine(_root, "faq/one.md"), 10), (reported.File, reported.Line));
        Assert.Contains("goes in a [!ROUTINE] callout, not [!EMERGENCY]", reported.Reason);
    }

    [Fact]
    public void Without_a_signs_file_a_page_that_asks_for_signs_fails()
    {
        File.Delete(Path.Combine(_root, Signs));

        var error = Assert.Throws<ContentValidationException>(Load);

        var reported = Assert.Single(error.Errors);
        Assert.Equal(34, reported.Line);
        Assert.Contains("there is no warning-signs.yaml", reported.Reason);
    }

    /// <summary>
    /// A box may list the baby's signs and then the parent's. What the second list would say again word for word (its
    /// lead, how to get help) is marked for print to leave out; a lead that says something else never is.
    /// </summary>
    [Theory]
    [InlineData("Get help from a doctor or nurse today if", true)]
    [InlineData("See a doctor today if", false)]
    public void A_second_list_in_a_box_marks_what_the_first_list_said(string parentLead, bool sameLead)
    {
        ContentFixture.Edit(_root, Signs, "      you: See a doctor today if\n", $"      you: {parentLead}\n    how: Call your GP.\n");
        ContentFixture.Edit(_root, "articles/alpha.md", "> no-wet-nappy\n> ```", "> no-wet-nappy\n> ```\n>\n> ```warning-signs\n> confused-parent\n> ```");

        var lists = HtmlPage.Parse(Load().FindArticle("alpha")!.BodyHtml).QuerySelectorAll(".callout-urgent .warning-signs");

        Assert.Equal(2, lists.Length);
        Assert.Empty(lists[0].QuerySelectorAll("." + WarningSignsHtml.SaidBeforeClass));
        Assert.Equal(sameLead, lists[1].QuerySelector(".signs-lead")!.ClassList.Contains(WarningSignsHtml.SaidBeforeClass));
        Assert.Contains(WarningSignsHtml.SaidBeforeClass, lists[1].QuerySelector(".signs-how")!.ClassList);
    }

    private ContentLibrary Load() => SiteContent.Loader(_root, _ => true, SitePages).Load();
}
