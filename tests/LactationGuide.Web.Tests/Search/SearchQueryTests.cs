using LactationGuide.Web.Search;

namespace LactationGuide.Web.Tests.Search;

public sealed class SearchQueryTests
{
    [Theory]
    [InlineData("  Pumped   MILK\tfridge ", "Pumped MILK fridge", new[] { "pumped", "milk", "fridge" })]
    [InlineData("baby's nappies", "baby's nappies", new[] { "baby", "s", "nappies" })]
    [InlineData("\"NEAR(milk*:^fridge)\"", "\"NEAR(milk*:^fridge)\"", new[] { "near", "milk", "fridge" })]
    [InlineData("milk\u0000\u0002\u0003\u001bfridge", "milk fridge", new[] { "milk", "fridge" })]
    [InlineData("\u202Eklim\u200B", "klim", new[] { "klim" })]
    [InlineData("ﬁve", "five", new[] { "five" })]
    public void Query_is_cleaned_and_split_into_words_that_hold_no_fts5_syntax(string input, string text, string[] words)
    {
        var query = SearchQuery.Parse(input);

        Assert.Equal(text, query.Text);
        Assert.Equal(words, query.Words.ToArray());
        Assert.False(query.WasShortened);
    }

    [Fact]
    public void Broken_utf16_is_dropped()
    {
        var query = SearchQuery.Parse("\uD800milk\uDC00 fridge\uD83C");

        Assert.Equal("milk fridge", query.Text);
        Assert.Equal(["milk", "fridge"], query.Words.ToArray());
    }

    [Fact]
    public void Long_query_is_cut_to_the_maximum_length_and_number_of_words()
    {
        var query = SearchQuery.Parse(string.Concat(Enumerable.Repeat("milk ", 1000)));

        Assert.True(query.WasShortened);
        Assert.True(query.Text.Length <= SearchQuery.MaxLength);
        Assert.Equal(SearchQuery.MaxWords, query.Words.Length);
    }

    [Fact]
    public void Cutting_a_long_query_never_splits_a_surrogate_pair()
    {
        var query = SearchQuery.Parse("a" + string.Concat(Enumerable.Repeat("🍼", 200)));

        Assert.True(query.WasShortened);
        Assert.False(char.IsHighSurrogate(query.Text[^1]));
    }

    [Fact]
    public void Every_phrase_is_quoted_so_operators_are_searched_as_words()
    {
        var terms = SearchTerm.From(SearchQuery.Parse("NEAR milk* ^fridge:").Words, SearchSynonyms.None);

        Assert.Equal("\"near\" OR \"milk\" OR \"fridge\"", SearchTerm.AnyOf(terms));
    }

    [Fact]
    public void Common_words_are_left_out_unless_nothing_else_is_left()
    {
        Assert.Equal(["keep", "milk", "fridge"], SearchTerm.From(SearchQuery.Parse("how do I keep my milk in the fridge").Words, SearchSynonyms.None).Select(t => t.Typed));
        Assert.Equal(["milk", "4"], SearchTerm.From(SearchQuery.Parse("<b>milk</b> x 4").Words, SearchSynonyms.None).Select(t => t.Typed));
        Assert.Equal(["what", "is", "it"], SearchTerm.From(SearchQuery.Parse("what is it").Words, SearchSynonyms.None).Select(t => t.Typed));
    }

    [Fact]
    public void Synonym_phrases_are_matched_longest_first_and_become_alternatives()
    {
        var synonyms = SearchSynonyms.Parse("synonyms.txt", ["let down, milk ejection", "down, feathers", "nappy, diaper"]);

        var terms = SearchTerm.From(SearchQuery.Parse("no let down nappy").Words, synonyms);

        Assert.Equal("(\"let down\" OR \"milk ejection\") OR (\"nappy\" OR \"diaper\")", SearchTerm.AnyOf(terms));
    }

    /// <summary>
    /// The stemmer gives "breastfeed" a stem of its own, so the one place using that form counted as the rarest match
    /// and an answer about adoption came first for "how often should a newborn breastfeed".
    /// </summary>
    [Theory]
    [InlineData("breastfeed", "(\"breastfeed\" OR \"breastfeeding\" OR \"breastfed\" OR \"breastfeeds\")")]
    [InlineData("made", "\"made\"")]
    [InlineData("make", "(\"make\" OR \"makes\" OR \"making\")")]
    [InlineData("let down", "\"let down\"")]
    public void The_word_as_typed_counts_with_its_other_forms_but_not_its_synonyms(string typed, string expected)
    {
        var synonyms = SearchSynonyms.Parse("synonyms.txt", [
            "breastfeed, breastfeeding, breastfed, breastfeeds, nursing",
            "make, makes, making, made, produce",
            "let down, letdown, milk ejection",
        ]);

        var term = Assert.Single(SearchTerm.From(SearchQuery.Parse(typed).Words, synonyms));

        Assert.Equal(expected, term.ToFtsExpressionAsTyped());
    }

    [Theory]
    [InlineData("mastitus", "mastitis", 1)]
    [InlineData("pmup", "pump", 1)]
    [InlineData("colostrom", "colostrum", 1)]
    [InlineData("prolactin", "prolactine", 1)]
    [InlineData("milk", "milk", 0)]
    [InlineData("", "abc", 3)]
    [InlineData("kitten", "sitting", 3)]
    public void Edit_distance_counts_a_swap_of_neighbours_as_one_edit(string a, string b, int distance)
    {
        Assert.Equal(distance, EditDistance.Between(a, b));
        Assert.Equal(distance, EditDistance.Between(b, a));
    }
}
