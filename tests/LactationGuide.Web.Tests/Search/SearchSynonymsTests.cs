using LactationGuide.Web.Content;
using LactationGuide.Web.Search;

namespace LactationGuide.Web.Tests.Search;

public sealed class SearchSynonymsTests
{
    [Fact]
    public void The_guides_synonym_list_is_valid()
    {
        var synonyms = SearchSynonyms.Load(RepositoryPaths.Content);

        Assert.NotEmpty(synonyms.Groups);
        Assert.Equal(["milk", "ejection"], synonyms.GroupOf("let down")[1].ToArray());
    }

    [Fact]
    public void A_content_folder_without_a_synonym_list_has_no_synonyms()
    {
        Assert.Empty(SearchSynonyms.Load(Path.Combine(RepositoryPaths.Fixtures, "valid")).Groups);
    }

    [Fact]
    public void Comments_and_blank_lines_are_ignored_and_phrases_are_split_like_queries()
    {
        var synonyms = SearchSynonyms.Parse("s.txt", ["# a comment", "", "  let-down , milk ejection  "]);

        Assert.Single(synonyms.Groups);
        Assert.Equal(2, synonyms.LongestPhrase);
        Assert.False(synonyms.GroupOf("let down").IsDefault);
        Assert.True(synonyms.GroupOf("let-down").IsDefault);
    }

    [Theory]
    [InlineData("pees", "pee")]
    [InlineData("weeing", "wee")]
    [InlineData("cookies", "cookie")]
    [InlineData("nappies", "nappy")]
    [InlineData("latching on", "latch on")]
    [InlineData("stopped feeding", "stop feeding")]
    [InlineData("tasted", "taste")]
    public void Another_ending_of_a_listed_word_finds_its_group(string typed, string listed)
    {
        var synonyms = SearchSynonyms.Parse("s.txt", ["pee, wee", "cookie, nappy", "latch on, stop feeding, taste"]);

        Assert.Equal(synonyms.GroupOf(listed), synonyms.GroupOf(typed));
        Assert.False(synonyms.GroupOf(typed).IsDefault);
    }

    [Theory]
    [InlineData("does")]
    [InlineData("seeds")]
    [InlineData("pees on")]
    public void A_word_that_only_looks_like_another_ending_finds_no_group(string typed)
    {
        var synonyms = SearchSynonyms.Parse("s.txt", ["do, pee", "see, wee"]);

        Assert.True(synonyms.GroupOf(typed).IsDefault);
    }

    [Theory]
    [InlineData("boob,, breast", 1, "an empty entry")]
    [InlineData("Boob, breast", 1, "'Boob' may hold only lowercase letters")]
    [InlineData("boob, <b>breast</b>", 1, "'<b>breast</b>' may hold only")]
    [InlineData("boob", 1, "a group needs at least two")]
    [InlineData("let down, let-down", 1, "'let-down' is in this group twice")]
    [InlineData("boob, breast\nbreast, chest", 2, "'breast' is already in the group on line 1")]
    public void A_broken_line_is_reported_with_file_line_and_reason(string text, int line, string reason)
    {
        var error = Assert.Throws<ContentValidationException>(() => SearchSynonyms.Parse("content/search-synonyms.txt", text.Split('\n')));

        var only = Assert.Single(error.Errors);
        Assert.Equal("content/search-synonyms.txt", only.File);
        Assert.Equal(line, only.Line);
        Assert.StartsWith(reason, only.Reason);
    }
}
