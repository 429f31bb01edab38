using LactationGuide.Web.Content;
using LactationGuide.Web.Tests.MilkStorage;

namespace LactationGuide.Web.Tests.Content;

/// <summary>
/// An editor's one mistake in the real content is one message, in plain words, at its line: not ten messages from
/// the files that link to the page that could not be read.
/// </summary>
public sealed class EditorMistakeTests : IDisposable
{
    private readonly string _root = RealContent.Copy();

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("articles/hormones-and-let-down.md")]
    [InlineData("articles/milk-storage.md")]
    [InlineData("articles/getting-enough.md")]
    public void A_misspelt_key_in_a_much_linked_article_is_exactly_one_error_with_the_key_meant(string file)
    {
        var path = Path.Combine(_root, file);
        var lines = File.ReadAllLines(path);
        var line = Array.FindIndex(lines, l => l.StartsWith("order: ", StringComparison.Ordinal));
        lines[line] = "ordr" + lines[line]["order".Length..];
        File.WriteAllLines(path, lines);

        var error = Assert.Throws<ContentValidationException>(Load);

        var only = Assert.Single(error.Errors);
        Assert.Equal((path, line + 1), (only.File, only.Line));
        Assert.StartsWith("front matter: unknown key 'ordr': did you mean 'order'?", only.Reason);
    }

    [Fact]
    public void A_broken_signs_file_is_reported_first_and_once_on_each_page_that_draws_from_it()
    {
        var signs = Path.Combine(_root, "warning-signs.yaml");
        File.WriteAllText(signs, File.ReadAllText(signs).Replace("    level: emergency\n", "    levle: emergency\n", StringComparison.Ordinal));

        var errors = Assert.Throws<ContentValidationException>(Load).Errors;

        var roots = errors.TakeWhile(e => !e.FollowOn).ToList();
        Assert.NotEmpty(roots);
        Assert.All(roots, e => Assert.Equal(signs, e.File));
        Assert.All(roots, e => Assert.StartsWith("unknown key 'levle': did you mean 'level'?", e.Reason));
        var followOns = errors.Skip(roots.Count).ToList();
        Assert.NotEmpty(followOns);
        Assert.All(followOns, e => Assert.Equal("draws warning signs from warning-signs.yaml, which has errors above", e.Reason));
        Assert.Equal(followOns.Count, followOns.Select(e => e.File).Distinct().Count());
    }

    private ContentLibrary Load() => SiteContent.Loader(_root, _ => true, RealRules.SitePages).Load();
}
