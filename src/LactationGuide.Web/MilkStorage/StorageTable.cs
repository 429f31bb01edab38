using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace LactationGuide.Web.MilkStorage;

/// <summary>
/// The storage rules as a table in an article, written by the author as an empty fenced block
/// (<c>```storage-table</c>). The table is drawn from <see cref="MilkStorageRules"/>, so the article and the
/// planner always show the same figures.
/// </summary>
public sealed class StorageTableBlock : LeafBlock, Content.IDrawnBlock
{
    public const string FenceInfo = "storage-table";

    internal StorageTableBlock(MilkStorageRules rules, IReadOnlyDictionary<string, int> citationNumbers)
        : base(null)
    {
        Rules = rules;
        CitationNumbers = citationNumbers;
    }

    public MilkStorageRules Rules { get; }

    /// <summary>The number each source has in the article's source list, for the column headings' citations.</summary>
    public IReadOnlyDictionary<string, int> CitationNumbers { get; }

    /// <summary>The table's words, row by row, for the article's plain text (search, reading level).</summary>
    public string PlainText =>
        string.Join('\n', Rules.Places.Select(p => p.Heading + ": " + string.Join(" ", Rules.Guidelines.Select(g => $"{g.Name}: {Rules.Rule(p.Place, g).Describe()}"))));

    /// <summary>Every source the table cites: each guideline's.</summary>
    public IEnumerable<string> CitedSourceIds => Rules.Guidelines.SelectMany(g => g.Sources).Select(s => s.Id);

    /// <summary>The fenced blocks in a document that ask for the table.</summary>
    public static IReadOnlyList<FencedCodeBlock> Placeholders(MarkdownDocument document) =>
        [.. document.Descendants<FencedCodeBlock>().Where(b => b.Info == FenceInfo)];

    /// <summary>Puts the table where the author asked for it; a placeholder with text inside is the author's mistake, reported by the caller.</summary>
    public static void Replace(MarkdownDocument document, MilkStorageRules rules, IReadOnlyDictionary<string, int> citationNumbers)
    {
        foreach (var placeholder in Placeholders(document))
        {
            var parent = placeholder.Parent!;
            var table = new StorageTableBlock(rules, citationNumbers) { Line = placeholder.Line, Span = placeholder.Span };
            parent[parent.IndexOf(placeholder)] = table;
        }
    }
}

/// <summary>An accessible comparison table: a caption, column headings per guideline, row headings per place.</summary>
internal sealed class StorageTableRenderer : HtmlObjectRenderer<StorageTableBlock>
{
    protected override void Write(HtmlRenderer renderer, StorageTableBlock block)
    {
        var rules = block.Rules;
        renderer.EnsureLine();
        // On a phone the table is laid out as one card per place (site.css): each cell names its guideline for the card.
        renderer.WriteLine("<table class=\"storage-table\">");
        renderer.WriteLine("<caption>How long breast milk keeps, by guideline, for a healthy baby born at full term</caption>");
        renderer.Write("<thead><tr><th scope=\"col\">Milk</th>");
        foreach (var guideline in rules.Guidelines)
        {
            renderer.Write("<th scope=\"col\">").WriteEscape(guideline.Heading);
            foreach (var source in guideline.Sources)
            {
                if (block.CitationNumbers.TryGetValue(source.Id, out var number))
                {
                    renderer.Write("<a href=\"#source-").WriteEscape(source.Id).Write("\" class=\"citation\"><sup><span class=\"visually-hidden\">source </span>")
                        .Write(number.ToString(System.Globalization.CultureInfo.InvariantCulture)).Write("</sup></a>");
                }
            }

            renderer.Write("</th>");
        }

        renderer.WriteLine("</tr></thead>");
        renderer.WriteLine("<tbody>");
        foreach (var place in rules.Places)
        {
            renderer.Write("<tr><th scope=\"row\">").WriteEscape(place.Heading).Write("</th>");
            foreach (var guideline in rules.Guidelines)
            {
                renderer.Write("<td data-label=\"").WriteEscape(guideline.Heading).Write("\">")
                    .WriteEscape(rules.Rule(place.Place, guideline).Describe()).Write("</td>");
            }

            renderer.WriteLine("</tr>");
        }

        renderer.WriteLine("</tbody>");
        renderer.WriteLine("</table>");
    }
}
