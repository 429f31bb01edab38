using System.Collections.Immutable;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;

namespace LactationGuide.Web.Content;

/// <summary>
/// Articles, <c>articles/{slug}.md</c>: front matter with their review dates and sources, sections with stable ids,
/// citations of those sources, and the handout they print as.
/// </summary>
internal sealed class ArticleKind : IContentKind
{
    public const string Folder = "articles";

    /// <summary>A review must be planned within three years of the last (the content guide in the README).</summary>
    private const int MaxYearsBetweenReviews = 3;

    public void Read(ContentLoad load)
    {
        var articles = load.ReadPages(Folder, file => Parse(load, file), a => a.Page, a => (a.Slug, a.HeadingIds));

        if (articles.Count == 0)
        {
            load.Error(load.PathOf(Folder), 0, "there are no articles");
        }

        MarkdownPages.CheckUniqueOrder(load, articles.Select(a => (a.File, a.Order)), "article");
        load.Keep(new ParsedArticles(articles));
    }

    public void Build(ContentLoad load, ContentLinks links)
    {
        foreach (var article in load.Kept<ParsedArticles>()!.Articles)
        {
            load.Articles.Add(Build(load, article, links));
        }
    }

    private static ParsedArticle? Parse(ContentLoad load, ContentFile input)
    {
        var (file, _, slug, text) = input;
        var firstPass = load.Markdown.Parse(text);
        var yaml = ArticleFrontMatterReader.Read(load, file, firstPass);
        if (yaml is null)
        {
            return null;
        }

        if (firstPass.Descendants<FootnoteGroup>().Any())
        {
            load.Error(file, firstPass.Descendants<Footnote>().First().Line + 1, "write sources in the front matter, not as footnote definitions; cite them as [^source-id]");
        }

        var meta = yaml.Meta;
        var title = yaml.Required(meta.Title, "title");
        var summary = yaml.Required(meta.Summary, "summary");
        var order = meta.Order ?? yaml.Missing<int?>("order");
        var lastReviewed = yaml.Date(meta.LastReviewed, "lastReviewed");
        var nextReview = yaml.Date(meta.NextReview, "nextReview");
        if (lastReviewed is { } last && nextReview is { } next && (next <= last || next > last.AddYears(MaxYearsBetweenReviews)))
        {
            load.Error(file, yaml.LineOf("nextReview"), $"nextReview must be after lastReviewed and at most {MaxYearsBetweenReviews} years after it");
        }

        var (status, reviewedBy) = yaml.ReviewStatus();
        var sources = yaml.Sources();
        if (title is null || summary is null || order is null || lastReviewed is null || nextReview is null || status is null || sources.IsDefault)
        {
            return null;
        }

        ArticleText.CheckAdjacentCitations(load, file, text);

        // Citations are footnotes; their definitions come from the front matter so that each source is written once.
        var document = load.Markdown.Parse(text + "\n\n" + ArticleText.FootnoteDefinitions(sources));
        var headings = ArticleText.ReadHeadings(load, file, document);
        ArticleText.CheckCitations(load, file, document, sources, yaml.SourceLine);
        MarkdownPages.CheckCallouts(load, file, document);
        var corrections = yaml.Corrections();
        var leftOut = meta.HandoutLeavesOut ?? [];
        foreach (var reason in HandoutSections.Problems(leftOut, document))
        {
            load.Error(file, yaml.LineOf("handoutLeavesOut"), reason);
        }

        var page = new ContentPage(file, document, sources) { Aliases = [.. meta.Aliases ?? []], AliasesLine = meta.Aliases is { Count: > 0 } ? yaml.LineOf("aliases") : 1 };
        return new ParsedArticle(page, slug, title, summary, order.Value, lastReviewed.Value, nextReview.Value, status.Value, reviewedBy, headings)
        {
            HandoutLeavesOut = [.. leftOut],
            Corrections = corrections,
        };
    }

    private static Article Build(ContentLoad load, ParsedArticle a, ContentLinks links)
    {
        var document = a.Page.Document;
        links.Rewrite(document, a.File, a.HeadingIds);
        MarkdownPages.RemoveFrontMatter(document);

        // The source list is shown after the related questions, not at the end of the body.
        var sources = document.OfType<FootnoteGroup>().FirstOrDefault();
        if (sources is not null)
        {
            document.Remove(sources);
        }

        var textBySection = ArticleText.BySection(a.Title, document);
        var leftOut = a.HandoutLeavesOut.ToHashSet(StringComparer.Ordinal);
        HandoutSections.Wrap(document, leftOut);
        var sourcesHtml = "";
        if (sources is not null)
        {
            HandoutSections.MarkSourcesLeftOut(document, sources);
            sourcesHtml = load.Markdown.Render(sources);
        }

        return new Article(
            a.Slug, a.Title, a.Summary, a.Order, a.LastReviewed, a.NextReview, a.Status, a.ReviewedBy, a.Page.Sources,
            a.Headings, load.Markdown.Render(document), sourcesHtml, textBySection, a.File)
        {
            GlossaryLinks = ContentLinks.GlossaryLinksIn(document),
            LeftOutOfHandout = [.. a.Headings.Where(h => h.Level == 2 && leftOut.Contains(h.Id))],
            Corrections = a.Corrections,
        };
    }

    private sealed record ParsedArticles(List<ParsedArticle> Articles);

    private sealed record ParsedArticle(
        ContentPage Page, string Slug, string Title, string Summary, int Order, DateOnly LastReviewed, DateOnly NextReview,
        ReviewStatus Status, string? ReviewedBy, ImmutableArray<Heading> Headings)
    {
        public string File => Page.File;

        public IReadOnlySet<string> HeadingIds { get; } = Headings.Select(h => h.Id).Append("sources").ToHashSet(StringComparer.Ordinal);

        public ImmutableArray<string> HandoutLeavesOut { get; init; } = [];

        public ImmutableArray<Correction> Corrections { get; init; } = [];
    }
}
