using System.Collections.Frozen;
using Markdig.Extensions.Alerts;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace LactationGuide.Web.Content;

/// <summary>
/// A printed article is a handout, and a handout is two sheets of paper. An article longer than that names, in
/// its front matter (<c>handoutLeavesOut</c>), the sections the printout can spare: reference material such as a
/// comparison table, never safety advice. On screen nothing changes; on paper those sections are left out and the
/// handout says which, with the address and QR code of the whole page.
/// </summary>
internal static class HandoutSections
{
    /// <summary>The callouts a handout must always carry, because a reader may act on them alone.</summary>
    private static readonly FrozenSet<string> SafetyKinds = FrozenSet.Create(StringComparer.Ordinal, "URGENT", "EMERGENCY");

    /// <summary>Why the named sections cannot be left out of the handout; empty when they all can be.</summary>
    public static IEnumerable<string> Problems(IReadOnlyList<string> leftOut, MarkdownDocument document)
    {
        // A section id used twice is reported with the headings; the first section of that id is the one checked.
        var sections = Sections(document).DistinctBy(s => s.Id).ToDictionary(s => s.Id, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in leftOut)
        {
            if (!seen.Add(id))
            {
                yield return $"handoutLeavesOut names the section '{id}' twice";
            }
            else if (!sections.TryGetValue(id, out var section))
            {
                yield return $"handoutLeavesOut names '{id}', which is not the id of a ## section of this article";
            }
            else if (section.Blocks.SelectMany(b => b is AlertBlock a ? [a] : b.Descendants<AlertBlock>())
                         .FirstOrDefault(a => SafetyKinds.Contains(a.Kind.ToString())) is { } alert)
            {
                yield return $"the section '{id}' holds a [!{alert.Kind}] callout, and safety advice is always printed";
            }
        }

        if (sections.Count > 0 && sections.Keys.All(seen.Contains))
        {
            yield return "handoutLeavesOut names every section: a handout needs at least one";
        }
    }

    /// <summary>Wraps each section left out of the handout in a block that print styles hide.</summary>
    public static void Wrap(MarkdownDocument document, IReadOnlySet<string> leftOut)
    {
        foreach (var section in Sections(document).Where(s => leftOut.Contains(s.Id)).ToList())
        {
            var wrapper = new LeftOutOfHandoutBlock();
            document.Insert(document.IndexOf(section.Blocks[0]), wrapper);
            foreach (var block in section.Blocks)
            {
                document.Remove(block);
                wrapper.Add(block);
            }
        }
    }

    /// <summary>
    /// Marks the sources cited only in sections the handout leaves out, so that the printed source list matches the
    /// printed text. Call it after <see cref="Wrap"/>, with the source list already taken out of the document.
    /// </summary>
    public static void MarkSourcesLeftOut(MarkdownDocument document, FootnoteGroup sources)
    {
        var printed = new HashSet<string>(StringComparer.Ordinal);
        var leftOut = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in document)
        {
            (block is LeftOutOfHandoutBlock ? leftOut : printed).UnionWith(CitedIn(block));
        }

        foreach (var footnote in sources.OfType<Footnote>().Where(f => leftOut.Contains(SiteMarkdown.SourceId(f)) && !printed.Contains(SiteMarkdown.SourceId(f))))
        {
            footnote.GetAttributes().AddClass(LeftOutOfHandoutRenderer.CssClass);
        }
    }

    private static IEnumerable<string> CitedIn(Block block) =>
        // Markdig's Descendants finds inlines below a container block, but not below a lone leaf block such as a paragraph.
        (block is LeafBlock { Inline: { } inline } ? inline.Descendants<FootnoteLink>() : block.Descendants<FootnoteLink>())
            .Where(l => !l.IsBackLink).Select(l => SiteMarkdown.SourceId(l.Footnote))
            .Concat((block is IDrawnBlock drawn ? [drawn] : block.Descendants<Block>().OfType<IDrawnBlock>())
                .SelectMany(d => d.CitedSourceIds));

    /// <summary>The top-level blocks of each h2 section, its heading first.</summary>
    private static IEnumerable<(string Id, List<Block> Blocks)> Sections(MarkdownDocument document)
    {
        (string Id, List<Block> Blocks)? current = null;
        foreach (var block in document)
        {
            if (block is HeadingBlock { Level: 2 } h2 && h2.TryGetAttributes()?.Id is { } id)
            {
                if (current is not null)
                {
                    yield return current.Value;
                }

                current = (id, [h2]);
            }
            else
            {
                current?.Blocks.Add(block);
            }
        }

        if (current is not null)
        {
            yield return current.Value;
        }
    }
}

/// <summary>A section of an article that the printed handout leaves out (see <see cref="HandoutSections"/>).</summary>
internal sealed class LeftOutOfHandoutBlock() : ContainerBlock(null);

internal sealed class LeftOutOfHandoutRenderer : HtmlObjectRenderer<LeftOutOfHandoutBlock>
{
    public const string CssClass = "handout-left-out";

    protected override void Write(HtmlRenderer renderer, LeftOutOfHandoutBlock block)
    {
        renderer.EnsureLine();
        renderer.WriteLine($"<div class=\"{CssClass}\">");
        renderer.WriteChildren(block);
        renderer.WriteLine("</div>");
    }
}
