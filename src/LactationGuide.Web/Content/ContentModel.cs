using System.Collections.Frozen;
using System.Collections.Immutable;

namespace LactationGuide.Web.Content;

/// <summary>How far an article has been checked. Shown on the page exactly as recorded.</summary>
public enum ReviewStatus
{
    /// <summary>Checked against its cited sources by the LactationGuide team; no clinician has reviewed it.</summary>
    SourceChecked,

    /// <summary>Reviewed by the named clinician.</summary>
    ClinicianReviewed,
}

/// <summary>
/// A cited source. Web pages without a publication date give the date they were read (<see cref="Accessed"/>) instead
/// of a year. Every source has a <see cref="Url"/> a reader can check, or says why it has none (<see cref="NoUrl"/>).
/// </summary>
public sealed record Source(string Id, string Title, string? Authors, string? Publisher, int? Year, DateOnly? Accessed, Uri? Url, string? NoUrl = null);

/// <summary>A correction made to a published article, shown beside its review dates and on its printout.</summary>
public sealed record Correction(DateOnly Date, string What);

/// <summary>The plain text of one part of an article: the introduction (<see cref="SectionId"/> null) or an h2 section.</summary>
public sealed record SectionText(string? SectionId, string Heading, string Text);

/// <summary>A heading in an article, with the stable id that consultants link to.</summary>
public sealed record Heading(int Level, string Id, string Text);

public sealed record Article(
    string Slug,
    string Title,
    string Summary,
    int Order,
    DateOnly LastReviewed,
    DateOnly NextReview,
    ReviewStatus ReviewStatus,
    string? ReviewedBy,
    ImmutableArray<Source> Sources,
    ImmutableArray<Heading> Headings,
    string BodyHtml,
    string SourcesHtml,
    ImmutableArray<SectionText> TextBySection,
    string SourceFile)
{
    public string Url => $"/articles/{Slug}";

    /// <summary>The h2 sections, in order: the article's "On this page" list.</summary>
    public IEnumerable<Heading> OnThisPage => Headings.Where(h => h.Level == 2);

    /// <summary>The slugs of the glossary terms the article links to, in order of first use.</summary>
    public ImmutableArray<string> GlossaryLinks { get; init; } = [];

    /// <summary>The sections the printed handout leaves out, to be read online (front matter <c>handoutLeavesOut</c>).</summary>
    public ImmutableArray<Heading> LeftOutOfHandout { get; init; } = [];

    /// <summary>What was corrected since the page was first published, newest first (front matter <c>corrections</c>).</summary>
    public ImmutableArray<Correction> Corrections { get; init; } = [];

    /// <summary>The last day the page's content changed: its review or its latest correction, whichever is later.</summary>
    public DateOnly LastChanged => Corrections.IsEmpty || Corrections[0].Date < LastReviewed ? LastReviewed : Corrections[0].Date;
}

/// <summary>A link from an FAQ answer to an article section (<see cref="SectionId"/> is null for the whole article).</summary>
public sealed record ArticleLink(string ArticleSlug, string? SectionId);

public sealed record FaqEntry(
    string Slug,
    string Question,
    int Order,
    bool Popular,
    string AnswerHtml,
    string AnswerText,
    ImmutableArray<ArticleLink> ArticleLinks,
    string SourceFile)
{
    public string Url => $"/faq/{Slug}";
}

public sealed record GlossaryTerm(string Slug, string Term, string? Also, string DefinitionHtml, string DefinitionText, string SourceFile)
{
    public const string PagePath = "/glossary";

    public string Url => $"{PagePath}#{Slug}";
}

/// <summary>
/// Everything the site shows, parsed, validated and rendered once. Immutable: a reload builds a new library.
/// </summary>
public sealed class ContentLibrary
{
    private readonly FrozenDictionary<string, Article> _articlesBySlug;
    private readonly FrozenDictionary<string, FaqEntry> _faqBySlug;
    private readonly FrozenDictionary<string, ImmutableArray<FaqEntry>> _faqByArticle;
    private readonly FrozenDictionary<string, GlossaryTerm> _glossaryBySlug;
    private readonly FrozenDictionary<Type, object> _data;

    public ContentLibrary(
        IEnumerable<Article> articles,
        IEnumerable<FaqEntry> faq,
        IEnumerable<GlossaryTerm> glossary,
        DateTimeOffset loadedAt,
        IReadOnlyDictionary<Type, object>? data = null)
    {
        _data = (data ?? new Dictionary<Type, object>()).ToFrozenDictionary();
        Articles = [.. articles.OrderBy(a => a.Order).ThenBy(a => a.Slug, StringComparer.Ordinal)];
        Faq = [.. faq.OrderBy(f => f.Order).ThenBy(f => f.Slug, StringComparer.Ordinal)];
        Glossary = [.. glossary.OrderBy(g => g.Term, StringComparer.OrdinalIgnoreCase)];
        LoadedAt = loadedAt;
        _articlesBySlug = Articles.ToFrozenDictionary(a => a.Slug, StringComparer.Ordinal);
        _faqBySlug = Faq.ToFrozenDictionary(f => f.Slug, StringComparer.Ordinal);
        _glossaryBySlug = Glossary.ToFrozenDictionary(g => g.Slug, StringComparer.Ordinal);
        _faqByArticle = Articles.ToFrozenDictionary(
            a => a.Slug,
            a => Faq.Where(f => f.ArticleLinks.Any(l => l.ArticleSlug == a.Slug)).ToImmutableArray(),
            StringComparer.Ordinal);
    }

    public ImmutableArray<Article> Articles { get; }

    public ImmutableArray<FaqEntry> Faq { get; }

    public ImmutableArray<GlossaryTerm> Glossary { get; }

    public DateTimeOffset LoadedAt { get; }

    /// <summary>
    /// Which load of this process the library came from: each reload's is higher. Cached pages are keyed by it, not
    /// by <see cref="LoadedAt"/>, which a stopped or coarse clock can give two loads alike.
    /// </summary>
    public long Version { get; init; } = 1;

    /// <summary>
    /// Data a kind of content put in the library (the storage rules, the warning signs), by its type; null when the
    /// content has none. Each feature offers its own as a property (<c>library.StorageRules</c>).
    /// </summary>
    public T? Find<T>() where T : class => _data.GetValueOrDefault(typeof(T)) as T;

    public IEnumerable<FaqEntry> PopularQuestions => Faq.Where(f => f.Popular);

    public Article? FindArticle(string slug) => _articlesBySlug.GetValueOrDefault(slug);

    public FaqEntry? FindFaq(string slug) => _faqBySlug.GetValueOrDefault(slug);

    /// <summary>The glossary entries an article links to, in order of first use: what its page can explain in place.</summary>
    public ImmutableArray<GlossaryTerm> TermsIn(Article article) => [.. article.GlossaryLinks.Select(slug => _glossaryBySlug[slug])];

    /// <summary>The FAQ entries whose answers link to this article.</summary>
    public ImmutableArray<FaqEntry> QuestionsAbout(Article article) => _faqByArticle.GetValueOrDefault(article.Slug, []);

    public Article? Previous(Article article) => Neighbour(article, -1);

    public Article? Next(Article article) => Neighbour(article, +1);

    private Article? Neighbour(Article article, int step)
    {
        var index = Articles.IndexOf(article) + step;
        return index >= 0 && index < Articles.Length ? Articles[index] : null;
    }
}
