using System.Collections.Immutable;

namespace LactationGuide.Web.Content;

/// <summary>Glossary terms, <c>glossary/{term}.md</c>: the term and its plain name in the front matter, then a few plain sentences.</summary>
internal sealed class GlossaryKind : IContentKind
{
    public const string Folder = "glossary";

    public void Read(ContentLoad load)
    {
        var terms = load.ReadPages(Folder, file => Parse(load, file), t => t.Page, t => (t.Slug, ImmutableHashSet<string>.Empty));
        load.Keep(new ParsedTerms(terms));
    }

    public void Build(ContentLoad load, ContentLinks links)
    {
        foreach (var (page, slug, term, also) in load.Kept<ParsedTerms>()!.Terms)
        {
            links.Rewrite(page.Document, page.File, ImmutableHashSet<string>.Empty);
            MarkdownPages.RemoveFrontMatter(page.Document);
            load.Glossary.Add(new GlossaryTerm(slug, term, also, load.Markdown.Render(page.Document), PlainText.Of(page.Document), page.File));
        }
    }

    private static ParsedTerm? Parse(ContentLoad load, ContentFile input)
    {
        var document = load.Markdown.Parse(input.Text);
        var meta = MarkdownPages.ReadFrontMatter<GlossaryFrontMatter>(load, input.File, document, out _, out var yamlLine);
        if (meta is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(meta.Term))
        {
            load.Error(input.File, yamlLine, "front matter is missing the required key 'term'");
            return null;
        }

        return new ParsedTerm(new ContentPage(input.File, document, []), input.Slug, meta.Term, meta.Also);
    }

    private sealed record ParsedTerms(List<ParsedTerm> Terms);

    private sealed record ParsedTerm(ContentPage Page, string Slug, string Term, string? Also);
}
