using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace LactationGuide.Web.Content;

/// <summary>The body of an article: its sections and their stable ids, its citations, and its words section by section.</summary>
internal static partial class ArticleText
{
    public static ImmutableArray<Heading> ReadHeadings(ContentLoad load, string file, MarkdownDocument document)
    {
        var headings = ImmutableArray.CreateBuilder<Heading>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { "sources" };
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var line = heading.Line + 1;
            var id = heading.TryGetAttributes()?.Id;
            if (heading.Level == 1)
            {
                load.Error(file, line, "the title is the page's only h1: start sections at ##");
            }
            else if (string.IsNullOrEmpty(id))
            {
                load.Error(file, line, "this heading has no id; give it one with {#id}");
            }
            else if (!seen.Add(id))
            {
                load.Error(file, line, $"the section id '{id}' is used twice");
            }
            else if (heading.Inline?.Descendants<LinkInline>().Any() == true)
            {
                load.Error(file, line, "headings link to themselves, so they cannot contain links");
            }
            else
            {
                headings.Add(new Heading(heading.Level, id, PlainText.Of(heading)));
            }
        }

        return headings.ToImmutable();
    }

    public static void CheckCitations(ContentLoad load, string file, MarkdownDocument document, ImmutableArray<Source> sources, Func<string, int> lineOf)
    {
        // An unknown [^label] stays in the text as it was typed.
        foreach (var leaf in document.Descendants<LeafBlock>().Where(b => b.Inline is not null))
        {
            foreach (Match citation in UnknownCitation().Matches(PlainText.Of(leaf)))
            {
                load.Error(file, leaf.Line + 1, $"the citation {citation.Value} names no source in the front matter");
            }
        }

        var cited = document.Descendants<Footnote>().Select(SiteMarkdown.SourceId).ToHashSet(StringComparer.Ordinal);
        foreach (var source in sources.Where(s => !cited.Contains(s.Id)))
        {
            load.Error(file, lineOf(source.Id), $"the source '{source.Id}' is never cited; cite it as [^{source.Id}] or remove it");
        }
    }

    /// <summary>
    /// Markdown reads <c>[^a][^b]</c> as a reference link labelled <c>^b</c>, so the first citation would vanish
    /// without a trace. Catch it here rather than lose a source.
    /// </summary>
    public static void CheckAdjacentCitations(ContentLoad load, string file, string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (AdjacentCitations().IsMatch(lines[i]))
            {
                load.Error(file, i + 1, "put a space between citations written side by side: [^a] [^b]");
            }
        }
    }

    public static ImmutableArray<SectionText> BySection(string title, MarkdownDocument document)
    {
        var sections = ImmutableArray.CreateBuilder<SectionText>();
        string? id = null;
        var heading = title;
        var text = new StringBuilder();
        foreach (var block in document)
        {
            if (block is HeadingBlock { Level: 2 } h2)
            {
                sections.Add(new SectionText(id, heading, text.ToString().Trim()));
                (id, heading) = (h2.TryGetAttributes()?.Id, PlainText.Of(h2));
                text.Clear();
            }
            else
            {
                text.Append(PlainText.Of(block)).Append('\n');
            }
        }

        sections.Add(new SectionText(id, heading, text.ToString().Trim()));
        return sections.ToImmutable();
    }

    public static string FootnoteDefinitions(ImmutableArray<Source> sources) =>
        string.Concat(sources.Select(s => $"[^{s.Id}]: {SourceRules.Markdown(s)}\n\n"));

    [GeneratedRegex(@"\[\^[^\]\s]+\]\[")]
    private static partial Regex AdjacentCitations();

    [GeneratedRegex(@"\[\^[^\]\s]+\]")]
    private static partial Regex UnknownCitation();
}
