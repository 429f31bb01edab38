using LactationGuide.Web.Content;
using LactationGuide.Web.Search;

namespace LactationGuide.Web.Tests.Search;

public sealed class SearchPhrasesTests
{
    [Fact]
    public void The_guides_phrases_are_read_by_address()
    {
        var phrases = SearchPhrases.Load(RepositoryPaths.Content);

        Assert.Contains("liquid gold", phrases.ByAddress["/articles/first-days#colostrum"]);
        Assert.All(phrases.ByAddress, p => Assert.NotEmpty(p.Value));
    }

    [Fact]
    public void A_content_folder_without_a_phrases_file_has_none()
    {
        Assert.Empty(SearchPhrases.Load(Path.Combine(RepositoryPaths.Fixtures, "valid")).ByAddress);
    }

    [Fact]
    public void Comments_and_blank_lines_are_ignored_and_a_place_gets_its_phrases_as_one_text()
    {
        var phrases = SearchPhrases.Parse("p.txt", ["# a comment", "", "  /faq/mastitis :  boob infection ,  red hot lump  "]);

        Assert.Equal(["boob infection", "red hot lump"], phrases.ByAddress["/faq/mastitis"].ToArray());
        Assert.Equal("boob infection, red hot lump", phrases.TextOf("/faq/mastitis"));
        Assert.Equal("", phrases.TextOf("/faq/stress"));
    }

    [Theory]
    [InlineData("boob infection", 1, "write the place's address")]
    [InlineData("/glossary#mastitis: boob infection", 1, "write the place's address")]
    [InlineData("/faq/mastitis: boob infection,, red lump", 1, "an empty phrase")]
    [InlineData("/faq/mastitis: Boob infection", 1, "'Boob infection' may hold only lowercase letters")]
    [InlineData("/faq/mastitis: <b>lump</b>", 1, "'<b>lump</b>' may hold only")]
    [InlineData("/faq/mastitis: red lump, red lump", 1, "'red lump' is listed twice")]
    [InlineData("/faq/mastitis: red lump\n\n/faq/mastitis: hot lump", 3, "'/faq/mastitis' already has its phrases on line 1")]
    public void A_broken_line_is_reported_with_file_line_and_reason(string text, int line, string reason)
    {
        var error = Assert.Throws<ContentValidationException>(() => SearchPhrases.Parse("content/search-phrases.txt", text.Split('\n')));

        var only = Assert.Single(error.Errors);
        Assert.Equal("content/search-phrases.txt", only.File);
        Assert.Equal(line, only.Line);
        Assert.StartsWith(reason, only.Reason);
    }

    [Fact]
    public void An_address_that_is_not_a_place_is_reported_with_its_line()
    {
        var phrases = SearchPhrases.Parse("content/search-phrases.txt", ["/faq/mastitis: red lump", "/articles/first-days#gone: first milk"]);

        var error = Assert.Throws<ContentValidationException>(() => phrases.CheckAddresses(new HashSet<string> { "/faq/mastitis", "/articles/first-days" }));

        Assert.Equal("content/search-phrases.txt:2: '/articles/first-days#gone' is not an article, section or answer the search shows: fix the address or remove the line", Assert.Single(error.Errors).ToString());
    }
}
