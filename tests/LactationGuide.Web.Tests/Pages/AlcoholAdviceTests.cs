using AngleSharp.Dom;

namespace LactationGuide.Web.Tests.Pages;

/// <summary>
/// The advice on alcohol and caffeine (hazard H-21 in docs/clinical-safety.md): the lines a parent acts on after a drink
/// stay on the page, and the printout, which leaves the section out, says where to read it.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class AlcoholAdviceTests(SiteFactory site)
{
    private const string Page = "/articles/supply-and-demand";
    private const string Section = "alcohol-and-caffeine";

    private readonly HttpClient _client = site.CreateClient();

    [Theory]
    [InlineData("Not drinking is the safest choice")]
    [InlineData("wait 2 to 3 hours for each drink")]
    [InlineData("counts as 2 drinks or more")]
    [InlineData("After any alcohol, never sleep with your baby.")]
    [InlineData("Never fall asleep with your baby on a sofa or armchair.")]
    [InlineData("up to 200 milligrams (mg) a day")]
    public async Task The_section_keeps_the_advice_a_parent_acts_on_after_a_drink(string advice)
    {
        var (_, page) = await HtmlPage.GetAsync(_client, Page);

        Assert.Contains(advice, SectionText(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_printout_names_the_section_as_one_to_read_online()
    {
        var (_, page) = await HtmlPage.GetAsync(_client, Page);

        Assert.NotNull(page.QuerySelector($".handout-left-out #{Section}"));
        Assert.Contains("Is alcohol or coffee OK?", page.QuerySelector(".handout-left-out-note")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cot_death_is_explained_in_the_glossary_and_linked_from_the_advice()
    {
        var (_, page) = await HtmlPage.GetAsync(_client, Page);
        var (_, glossary) = await HtmlPage.GetAsync(_client, "/glossary");

        Assert.Contains(SectionElements(page).SelectMany(e => e.QuerySelectorAll("a")), a => a.GetAttribute("href") == "/glossary#sids");
        Assert.Contains("no cause is found", glossary.GetElementById("sids")?.TextContent, StringComparison.Ordinal);
    }

    private static string SectionText(IDocument page) => string.Join(' ', SectionElements(page).Select(e => e.TextContent));

    /// <summary>The elements from the section's heading to the next section's.</summary>
    private static IEnumerable<IElement> SectionElements(IDocument page)
    {
        // A heading sits in a row with its copy-link button; the section runs to the next such row.
        var row = page.GetElementById(Section)?.Closest(".heading-row") ?? throw new InvalidOperationException($"{Page} has no #{Section}");
        for (var element = row.NextElementSibling; element is not null && !element.ClassList.Contains("heading-row-h2"); element = element.NextElementSibling)
        {
            yield return element;
        }
    }
}
