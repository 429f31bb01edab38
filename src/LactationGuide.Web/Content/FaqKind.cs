using System.Collections.Immutable;
using Markdig.Syntax;

namespace LactationGuide.Web.Content;

/// <summary>
/// FAQ answers, <c>faq/{slug}.md</c>: a question in the front matter, then a short answer without headings that
/// links to the article section explaining it.
/// </summary>
internal sealed class FaqKind : IContentKind
{
    public const string Folder = "faq";

    public void Read(ContentLoad load)
    {
        var answers = load.ReadPages(Folder, file => Parse(load, file), f => f.Page, f => (f.Slug, ImmutableHashSet<string>.Empty));

        MarkdownPages.CheckUniqueOrder(load, answers.Select(f => (f.Page.File, f.Order)), "FAQ entry");
        load.Keep(new ParsedAnswers(answers));
    }

    public void Build(ContentLoad load, ContentLinks links)
    {
        foreach (var (page, slug, question, order, popular) in load.Kept<ParsedAnswers>()!.Answers)
        {
            var document = page.Document;
            var articleLinks = links.Rewrite(document, page.File, ImmutableHashSet<string>.Empty);
            if (articleLinks.Count == 0)
            {
                load.Error(page.File, document.Line + 1, "an FAQ answer must link to the article section that explains it");
            }

            MarkdownPages.RemoveFrontMatter(document);
            load.Faq.Add(new FaqEntry(slug, question, order, popular, load.Markdown.Render(document), PlainText.Of(document), [.. articleLinks], page.File));
        }
    }

    private static ParsedFaq? Parse(ContentLoad load, ContentFile input)
    {
        var document = load.Markdown.Parse(input.Text);
        var meta = MarkdownPages.ReadFrontMatter<FaqFrontMatter>(load, input.File, document, out var yaml, out var yamlLine);
        if (meta is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(meta.Question) || meta.Order is null)
        {
            load.Error(input.File, yamlLine, $"front matter is missing the required key '{(meta.Order is null ? "order" : "question")}'");
            return null;
        }

        if (document.Descendants<HeadingBlock>().FirstOrDefault() is { } heading)
        {
            load.Error(input.File, heading.Line + 1, "an FAQ answer is a few sentences, without headings");
        }

        MarkdownPages.CheckCallouts(load, input.File, document);
        var page = new ContentPage(input.File, document, [])
        {
            Aliases = [.. meta.Aliases ?? []],
            AliasesLine = meta.Aliases is { Count: > 0 } ? MarkdownPages.KeyLine(MarkdownPages.FrontMatterKeyLines(yaml), yamlLine, "aliases") : yamlLine,
        };
        return new ParsedFaq(page, input.Slug, meta.Question, meta.Order.Value, meta.Popular);
    }

    private sealed record ParsedAnswers(List<ParsedFaq> Answers);

    private sealed record ParsedFaq(ContentPage Page, string Slug, string Question, int Order, bool Popular);
}
