using LactationGuide.Web.Content;
using LactationGuide.Web.Search;
using Microsoft.Extensions.DependencyInjection;

namespace LactationGuide.Web.Tests.Search;

/// <summary>
/// The limits that bound the work any query can cause, whatever the size of the content: each is checked where it
/// binds. How long the worst queries take is measured by benchmarks/search.sh, not here.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class SearchBoundsTests(SiteFactory site)
{
    /// <summary>Three times the cap: a word in every one of them is looked up in the first places only.</summary>
    private const int Places = 3 * SearchIndex.MaxPlacesPerTerm;

    [Fact]
    public void A_word_in_thousands_of_places_is_read_in_the_first_few_hundred_and_counted_by_estimate()
    {
        using var index = SearchIndex.Build(ManyTerms(Places), SearchPhrases.None);

        var milk = index.Match("\"milk\"");
        var rare = index.Match("\"term0007\"");

        Assert.Equal(SearchIndex.MaxPlacesPerTerm, milk.Anywhere.Count);
        Assert.Equal(Places, milk.Count);
        Assert.Equal(Enumerable.Range(1, SearchIndex.MaxPlacesPerTerm).Select(i => (long)i), milk.Anywhere.Order());
        Assert.Equal(SearchIndex.MaxPlacesPerTerm / 10, milk.InHeading.Count);
        Assert.Equal(1, rare.Count);
    }

    [Fact]
    public void Bm25_is_asked_only_for_the_places_that_tie_for_the_results_up_to_a_limit()
    {
        var everywhere = Enumerable.Range(1, 5_000).Select(i => (long)i).ToHashSet();
        var one = new HashSet<long> { 42 };
        var terms = new[]
        {
            new TermMatch(SearchTerm.Word("milk"), new PlaceMatches(everywhere, new HashSet<long>(), everywhere.Count), new PlaceMatches(everywhere, new HashSet<long>(), everywhere.Count)),
            new TermMatch(SearchTerm.Word("fridge"), new PlaceMatches(one, one, 1), new PlaceMatches(one, one, 1)),
        };
        var asked = new List<int>();

        var top = SearchRanking.Top(terms, 10, 5_000, _ => new PlaceShape(PlaceKind.Section, 6), 6, ids =>
        {
            asked.Add(ids.Count);
            return ids.ToDictionary(id => id, id => -1.0 / id);
        });

        Assert.Equal(42, top[0].Rowid);
        Assert.Equal(10, top.Length);
        Assert.Equal([SearchRanking.MaxTiedPlacesScored], asked);
    }

    [Fact]
    public void At_most_four_misspelt_words_of_a_query_are_looked_up_in_the_word_index()
    {
        var search = site.Services.GetRequiredService<SiteSearch>();
        var typed = "mastitus colostrom prolactinne oxytocinn hypoplasiaa lactocytess";

        var corrected = search.Search(typed).CorrectedText;

        Assert.NotNull(corrected);
        var changed = typed.Split(' ').Zip(corrected.Split(' ')).Count(p => p.First != p.Second);
        Assert.Equal(SiteSearch.MaxCorrections, changed);
    }

    [Fact]
    public void A_query_of_the_commonest_words_shows_at_most_the_results_a_page_holds()
    {
        var search = site.Services.GetRequiredService<SiteSearch>();

        var results = search.Search("milk baby breast feed feeding day days help long more time hours first make feeds weeks");

        Assert.Equal(SearchQuery.MaxWords, results.Query.Words.Length);
        Assert.Equal(SiteSearch.MaxResults, results.Hits.Length);
    }

    /// <summary>Glossary terms that all say "milk", one in ten of them in its heading.</summary>
    private static ContentLibrary ManyTerms(int count) => new(
        [],
        [],
        Enumerable.Range(1, count).Select(i => new GlossaryTerm(
            $"term{i}", i % 10 == 1 ? $"Term{i:D4} milk" : $"Term{i:D4}", null, "", $"A word about milk, number {i}.", "glossary.md")),
        DateTimeOffset.UnixEpoch);
}
