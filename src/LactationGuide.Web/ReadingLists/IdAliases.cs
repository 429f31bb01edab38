using System.Collections.Frozen;

namespace LactationGuide.Web.ReadingLists;

/// <summary>
/// The former slugs and ids of the site's pages, sections and warning signs, each with what replaced it: an article
/// or answer renamed keeps its old slug in its front matter (<c>aliases: [old-slug]</c>), a section its old id on its
/// heading (<c>## Heading {#new-id aliases=old-id}</c>), a sign its old id in the signs file. Old links, printed QR
/// codes and reading lists keep landing on the new place.
/// </summary>
public sealed class IdAliases
{
    private readonly FrozenDictionary<string, string> _articles;
    private readonly FrozenDictionary<string, string> _answers;
    private readonly FrozenDictionary<string, string> _signs;
    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _sections;

    /// <param name="articles">Former article slug → current slug.</param>
    /// <param name="answers">Former answer slug → current slug.</param>
    /// <param name="signs">Former sign id → current id.</param>
    /// <param name="sections">Current article slug → (former section id → current section id).</param>
    public IdAliases(
        IReadOnlyDictionary<string, string> articles,
        IReadOnlyDictionary<string, string> answers,
        IReadOnlyDictionary<string, string> signs,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> sections)
    {
        _articles = articles.ToFrozenDictionary(StringComparer.Ordinal);
        _answers = answers.ToFrozenDictionary(StringComparer.Ordinal);
        _signs = signs.ToFrozenDictionary(StringComparer.Ordinal);
        _sections = sections.ToFrozenDictionary(s => s.Key, s => s.Value.ToFrozenDictionary(StringComparer.Ordinal), StringComparer.Ordinal);
    }

    public static IdAliases None { get; } = new(
        new Dictionary<string, string>(), new Dictionary<string, string>(), new Dictionary<string, string>(), new Dictionary<string, IReadOnlyDictionary<string, string>>());

    /// <summary>The current slug of an article that was published as <paramref name="formerSlug"/>, or null.</summary>
    public string? Article(string formerSlug) => _articles.GetValueOrDefault(formerSlug);

    /// <summary>The current slug of an answer that was published as <paramref name="formerSlug"/>, or null.</summary>
    public string? Answer(string formerSlug) => _answers.GetValueOrDefault(formerSlug);

    /// <summary>The current id of a sign that was published as <paramref name="formerId"/>, or null.</summary>
    public string? Sign(string formerId) => _signs.GetValueOrDefault(formerId);

    /// <summary>The current id of a section of an article (by its current slug) that was published as <paramref name="formerId"/>, or null.</summary>
    public string? Section(string article, string formerId) => _sections.GetValueOrDefault(article)?.GetValueOrDefault(formerId);

    /// <summary>The former slugs of an answer: the questions page keeps an anchor for each (<c>/faq#old-slug</c>).</summary>
    public IEnumerable<string> FormerAnswerSlugs(string slug) => _answers.Where(a => a.Value == slug).Select(a => a.Key).Order(StringComparer.Ordinal);
}
