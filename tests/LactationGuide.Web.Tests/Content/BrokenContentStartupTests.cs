using LactationGuide.Web.Content;
using LactationGuide.Web.Search;
using LactationGuide.Web.Tests.Site;

namespace LactationGuide.Web.Tests.Content;

/// <summary>
/// Broken content stops the site from starting, with the file, line and reason: an article, the synonym list, the
/// phrases file. These start sites that fail on purpose; under a full parallel run such a failed start was reported as
/// an ObjectDisposedException instead of its cause, so they run with the other startup failures, on their own.
/// </summary>
[Collection(StartupFailureCollection.Name)]
public sealed class BrokenContentStartupTests : IDisposable
{
    private readonly string _root = ContentFixture.CopyValid();

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_link_to_a_missing_article_stops_the_site_from_starting()
    {
        ContentFixture.Edit(_root, "articles/alpha.md", "(beta.md#second-section)", "(gamma.md)");

        var error = StartError();

        Assert.Contains("alpha.md", error.Message);
        Assert.Contains("'gamma.md' links to an article that does not exist", error.Message);
    }

    [Fact]
    public void A_broken_synonym_list_stops_the_site_from_starting()
    {
        File.WriteAllText(Path.Combine(_root, SearchSynonyms.FileName), "boob\n");

        Assert.Contains("search-synonyms.txt:1: a group needs at least two", StartError().Message);
    }

    [Fact]
    public void A_phrases_file_naming_a_missing_section_stops_the_site_from_starting()
    {
        File.WriteAllText(Path.Combine(_root, SearchPhrases.FileName), "# phrases\n/articles/alpha#renamed: zebra\n");

        Assert.Contains(
            "search-phrases.txt:2: '/articles/alpha#renamed' is not an article, section or answer the search shows",
            StartError().Message);
    }

    private ContentValidationException StartError()
    {
        using var broken = new BrokenSiteFactory(_root);
        return Assert.Throws<ContentValidationException>(() => broken.CreateClient());
    }

    private sealed class BrokenSiteFactory(string root) : SiteFactory(root);
}
