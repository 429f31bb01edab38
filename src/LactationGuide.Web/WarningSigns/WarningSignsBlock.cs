using System.Collections.Immutable;
using System.Text;
using LactationGuide.Web.Content;
using Markdig.Extensions.Alerts;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace LactationGuide.Web.WarningSigns;

/// <summary>
/// Warning signs shown in an article or answer, written by the author as a fenced block of sign ids
/// (<c>```warning-signs</c>) inside a callout of the signs' level. The words come from
/// <see cref="WarningSignList"/>, so a sign reads the same, at the same level, on every page.
/// </summary>
public sealed class WarningSignsBlock : LeafBlock, IDrawnBlock
{
    public const string FenceInfo = "warning-signs";

    private WarningSignsBlock(LevelAdvice advice, SignAudience audience, ImmutableArray<WarningSign> signs)
        : base(null)
    {
        Advice = advice;
        Audience = audience;
        Signs = signs;
    }

    public LevelAdvice Advice { get; }

    public SignAudience Audience { get; }

    public ImmutableArray<WarningSign> Signs { get; }

    public string PlainText
    {
        get
        {
            var text = new StringBuilder(Advice.Lead(Audience)).Append(':');
            foreach (var sign in Signs)
            {
                text.Append(' ').Append(sign.Text).Append('.');
                if (sign.Note is not null)
                {
                    text.Append(' ').Append(sign.Note);
                }
            }

            return Advice.How is null ? text.ToString() : text.Append(' ').Append(Advice.How).ToString();
        }
    }

    /// <summary>The fenced blocks in a document that ask for warning signs.</summary>
    public static IReadOnlyList<FencedCodeBlock> Placeholders(MarkdownDocument document) =>
        [.. document.Descendants<FencedCodeBlock>().Where(b => b.Info == FenceInfo)];

    /// <summary>
    /// Checks every block against the signs file and the callout around it, and every urgent or emergency callout for
    /// a block: warning signs are never written by hand. Each problem comes with its line (1-based).
    /// </summary>
    /// <summary>The reason given for every sign block when the content folder has no signs file.</summary>
    public static readonly string NoSignsFile = $"there is no {WarningSignsReader.FileName} in the content folder to draw these signs from";

    public static IEnumerable<(int Line, string Reason)> Problems(MarkdownDocument document, WarningSignList? signs)
    {
        var placeholders = Placeholders(document);
        foreach (var alert in document.Descendants<AlertBlock>())
        {
            var kind = alert.Kind.ToString();
            if (kind is "URGENT" or "EMERGENCY" && !alert.Descendants<FencedCodeBlock>().Any(b => b.Info == FenceInfo))
            {
                yield return (alert.Line + 1, $"an [!{kind}] callout shows its warning signs from {WarningSignsReader.FileName}: name them in a ```{FenceInfo} block");
            }
        }

        var onPage = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in placeholders)
        {
            var alert = block.Parent as AlertBlock ?? FindAlert(block);
            if (alert is null)
            {
                yield return (block.Line + 1, $"a ```{FenceInfo} block goes inside the callout of its signs' level: > [!EMERGENCY], > [!URGENT] or > [!ROUTINE]");
                continue;
            }

            if (signs is null)
            {
                yield return (block.Line + 1, NoSignsFile);
                continue;
            }

            var ids = Ids(block);
            if (ids.Count == 0)
            {
                yield return (block.Line + 1, $"this ```{FenceInfo} block names no signs: write one sign id a line");
            }

            SignAudience? audience = null;
            foreach (var (id, line) in ids)
            {
                var sign = signs.Find(id);
                if (sign is null)
                {
                    yield return (line, $"there is no warning sign '{id}' in {WarningSignsReader.FileName}");
                    continue;
                }

                var kind = alert.Kind.ToString();
                if (sign.Level.CalloutKind() != kind)
                {
                    yield return (line, $"the sign '{id}' is at the level {sign.Level.Id()} in {WarningSignsReader.FileName}, so it goes in a [!{sign.Level.CalloutKind()}] callout, not [!{kind}]");
                }

                if (audience is { } a && a != sign.For)
                {
                    yield return (line, $"the sign '{id}' is about {Describe(sign.For)}, unlike the signs before it in this block: give each its own block");
                }

                if (!onPage.Add(id))
                {
                    yield return (line, $"the sign '{id}' is shown twice on this page");
                }

                audience ??= sign.For;
            }
        }
    }

    /// <summary>Puts the signs where the author asked for them (the problems <see cref="Problems"/> reports fail the load).</summary>
    public static void Replace(MarkdownDocument document, WarningSignList signs)
    {
        foreach (var placeholder in Placeholders(document))
        {
            var shown = Ids(placeholder).Select(i => signs.Find(i.Id)).OfType<WarningSign>().ToImmutableArray();
            if (shown.IsEmpty)
            {
                continue; // Reported by Problems; the load fails.
            }

            var parent = placeholder.Parent!;
            var block = new WarningSignsBlock(signs.Advice(shown[0].Level), shown[0].For, shown) { Line = placeholder.Line, Span = placeholder.Span };
            parent[parent.IndexOf(placeholder)] = block;
        }
    }

    private static AlertBlock? FindAlert(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is AlertBlock alert)
            {
                return alert;
            }
        }

        return null;
    }

    /// <summary>The ids the block names, one a line, with each one's line in the file.</summary>
    private static List<(string Id, int Line)> Ids(FencedCodeBlock block)
    {
        var ids = new List<(string, int)>();
        for (var i = 0; i < block.Lines.Count; i++)
        {
            var id = block.Lines.Lines[i].Slice.ToString().Trim();
            if (id.Length > 0)
            {
                ids.Add((id, block.Line + 2 + i));
            }
        }

        return ids;
    }

    private static string Describe(SignAudience audience) => audience == SignAudience.Baby ? "the baby" : "the parent";
}

/// <summary>The signs as a list under their level's lead, with how to get help and a link to every sign.</summary>
internal sealed class WarningSignsRenderer : HtmlObjectRenderer<WarningSignsBlock>
{
    protected override void Write(HtmlRenderer renderer, WarningSignsBlock block)
    {
        // A callout may hold a list about the baby and one about the parent; what an earlier list in the same box has
        // already said is marked, so that paper, where room is short, can say it once.
        var earlier = block.Parent!.TakeWhile(b => b != block).OfType<WarningSignsBlock>().ToList();
        var said = new SaidBefore(
            Lead: earlier.Any(e => e.Advice.Lead(e.Audience) == block.Advice.Lead(block.Audience)),
            How: block.Advice.How is not null && earlier.Any(e => e.Advice.How == block.Advice.How));
        renderer.EnsureLine();
        renderer.Write(WarningSignsHtml.List(block.Advice, block.Audience, block.Signs, said));
    }
}

/// <summary>Which parts of a list of signs an earlier list in the same box has already said, word for word.</summary>
public readonly record struct SaidBefore(bool Lead, bool How);

/// <summary>The HTML of a list of signs, the same in an article's callout and above search results.</summary>
public static class WarningSignsHtml
{
    /// <summary>The class of a lead or a way to get help that an earlier list in the same box has said: print leaves it out.</summary>
    public const string SaidBeforeClass = "said-before";

    public static string List(LevelAdvice advice, SignAudience audience, IEnumerable<WarningSign> signs, SaidBefore said = default)
    {
        var encode = System.Text.Encodings.Web.HtmlEncoder.Default;
        var html = new StringBuilder();
        html.Append("<div class=\"warning-signs\" data-level=\"").Append(advice.Level.Id()).Append("\">\n");
        html.Append(said.Lead ? "<p class=\"signs-lead " + SaidBeforeClass + "\">" : "<p class=\"signs-lead\">").Append(encode.Encode(advice.Lead(audience))).Append(":</p>\n");
        html.Append("<ul class=\"signs\">\n");
        foreach (var sign in signs)
        {
            html.Append("<li data-sign=\"").Append(encode.Encode(sign.Id)).Append("\">").Append(encode.Encode(sign.Text));
            if (sign.Note is not null)
            {
                html.Append(". <span class=\"sign-note\">").Append(encode.Encode(sign.Note)).Append("</span>");
            }

            html.Append("</li>\n");
        }

        html.Append("</ul>\n");
        if (advice.How is { } how)
        {
            html.Append(said.How ? "<p class=\"signs-how " + SaidBeforeClass + "\">" : "<p class=\"signs-how\">").Append(encode.Encode(how)).Append("</p>\n");
        }

        html.Append("<p class=\"signs-more\"><a href=\"").Append(WarningSignList.PagePath)
            .Append("\">Every warning sign, and where they come from</a></p>\n");
        return html.Append("</div>\n").ToString();
    }
}
