using AngleSharp.Dom;

namespace LactationGuide.Web.Tests.Pages;

/// <summary>
/// Advice added or changed on 2026-12-07 (hazards H-20, H-21 and H-22 in docs/clinical-safety.md): the lines a parent
/// acts on stay on the page, and the printout keeps the section or names it as one to read online.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class AddedAdviceTests(SiteFactory site)
{
    private const string Alcohol = "/articles/supply-and-demand#alcohol-and-caffeine";
    private const string Surgery = "/articles/breast-anatomy#breast-surgery";

    private readonly HttpClient _client = site.CreateClient();

    [Theory]
    [InlineData(Alcohol, "Not drinking is the safest choice")]
    [InlineData(Alcohol, "wait 2 to 3 hours for each drink")]
    [InlineData(Alcohol, "counts as 2 drinks or more")]
    [InlineData(Alcohol, "After any alcohol, never sleep with your baby.")]
    [InlineData(Alcohol, "Never fall asleep with your baby on a sofa or armchair.")]
    [InlineData(Alcohol, "up to 200 milligrams (mg) a day")]
    [InlineData(Surgery, "your baby's growth and weight need to be checked closely")]
    [InlineData(Surgery, "Ask your midwife, health visitor or doctor how often your baby should be weighed.")]
    public async Task The_section_keeps_the_advice_a_parent_acts_on(string address, string advice)
    {
        var section = await Section(address);

        Assert.Contains(advice, string.Join(' ', section.Select(e => e.TextContent)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_breast_surgery_the_signs_of_milk_not_coming_in_are_shown_and_printed()
    {
        var section = await Section(Surgery);

        var box = Assert.Single(section, e => e.QuerySelector("[data-sign='milk-not-in']") is not null);
        Assert.Contains("today", box.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(section, e => e.Closest(".handout-left-out") is not null);
    }

    /// <summary>
    /// Search puts "Is my baby getting enough milk?" first for "sleepy baby" and "yellow baby", below the boxes it
    /// points to; a parent who lands there must be able to reach them.
    /// </summary>
    [Fact]
    public async Task The_section_on_getting_enough_milk_links_to_the_boxes_it_points_to()
    {
        var section = await Section("/articles/when-to-get-help#low-milk-signs");

        var links = section.SelectMany(e => e.QuerySelectorAll("a")).Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("#now", links);
        Assert.Contains("#today", links);
    }

    [Fact]
    public async Task The_printout_names_the_alcohol_section_as_one_to_read_online()
    {
        var (_, page) = await HtmlPage.GetAsync(_client, "/articles/supply-and-demand");

        Assert.NotNull(page.QuerySelector(".handout-left-out #alcohol-and-caffeine"));
        Assert.Contains("Is alcohol or coffee OK?", page.QuerySelector(".handout-left-out-note")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cot_death_is_explained_in_the_glossary_and_linked_from_the_alcohol_advice()
    {
        var section = await Section(Alcohol);
        var (_, glossary) = await HtmlPage.GetAsync(_client, "/glossary");

        Assert.Contains(section.SelectMany(e => e.QuerySelectorAll("a")), a => a.GetAttribute("href") == "/glossary#sids");
        Assert.Contains("no cause is found", glossary.GetElementById("sids")?.TextContent, StringComparison.Ordinal);
    }

    /// <summary>The elements of a section: after its heading's row (the heading and its copy-link button), up to the next section.</summary>
    private async Task<List<IElement>> Section(string address)
    {
        var (path, id) = address.Split('#') is [var p, var i] ? (p, i) : throw new ArgumentException($"{address} names no section");
        var (_, page) = await HtmlPage.GetAsync(_client, path);
        var row = page.GetElementById(id)?.Closest(".heading-row") ?? throw new InvalidOperationException($"{path} has no #{id}");
        var elements = new List<IElement>();

        // The next section's row, or the wrapper of a next section the printout leaves out, ends this one.
        for (var element = row.NextElementSibling;
             element is not null && !element.ClassList.Contains("heading-row-h2") && element.QuerySelector(".heading-row-h2") is null;
             element = element.NextElementSibling)
        {
            elements.Add(element);
        }

        return elements;
    }
}
