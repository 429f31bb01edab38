using System.Globalization;
using LactationGuide.Web.Content;
using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace LactationGuide.Web.ReadingLists;

/// <summary>
/// A former id of a heading, kept where it stood: an empty element with the old id inside the renamed heading, so
/// that an old link (<c>#old-id</c>) lands on the new section without JavaScript (the server never sees a #fragment).
/// </summary>
internal sealed class FormerIdInline(string id) : LeafInline
{
    public string FormerId { get; } = id;
}

internal sealed class FormerIdRenderer : HtmlObjectRenderer<FormerIdInline>
{
    protected override void Write(HtmlRenderer renderer, FormerIdInline inline) =>
        renderer.Write("<span class=\"former-id\" id=\"").WriteEscape(inline.FormerId).Write("\"></span>");
}

/// <summary>"Add to a reading list" at the end of an article's section: a plain link to the list builder, in the page from the start.</summary>
internal sealed class AddToListBlock(ListItemKey key, string heading) : LeafBlock(null)
{
    public ListItemKey Key { get; } = key;

    public string Heading { get; } = heading;
}

internal sealed class AddToListRenderer : HtmlObjectRenderer<AddToListBlock>
{
    protected override void Write(HtmlRenderer renderer, AddToListBlock block)
    {
        renderer.EnsureLine();
        renderer.Write(ListLinks.AddLink(block.Key, block.Heading)).WriteLine();
    }
}

/// <summary>The renderers of the blocks the reading lists draw into pages.</summary>
internal sealed class ListMarkdownExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready<FormerIdRenderer>();
            html.ObjectRenderers.AddIfNotAlready<AddToListRenderer>();
        }
    }
}

/// <summary>
/// An article's section as a list shows it, away from its page: headings without ids or links to themselves,
/// citations that point to the item's own source list, no "Add to a reading list" and no former ids, so that
/// several items on one page never share an id.
/// </summary>
internal static class ListItemHtml
{
    public static string Render(SiteMarkdown markdown, IEnumerable<Block> blocks, string anchor)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(writer);
        markdown.Pipeline.Setup(renderer);
        renderer.ObjectRenderers.ReplaceOrAdd<SelfLinkingHeadingRenderer>(new ItemHeadingRenderer());
        renderer.ObjectRenderers.ReplaceOrAdd<CitationRenderer>(new ItemCitationRenderer(anchor));
        renderer.ObjectRenderers.ReplaceOrAdd<FormerIdRenderer>(new Silent<FormerIdInline>());
        renderer.ObjectRenderers.ReplaceOrAdd<AddToListRenderer>(new Silent<AddToListBlock>());
        foreach (var block in blocks)
        {
            if (block is IDrawnBlock || block.Descendants<Block>().OfType<IDrawnBlock>().Any())
            {
                // A block drawn from data (the storage table) writes its own citations, to the page's source list
                // (#source-id). Here the sources are the item's own: its citations are pointed there. Only this
                // site's own renderers' output is changed, never content.
                var drawn = Render(markdown, renderer, block);
                writer.Write(drawn.Replace("href=\"#source-", $"href=\"#{anchor}-source-", StringComparison.Ordinal));
                continue;
            }

            renderer.Render(block);
        }

        writer.Flush();
        return writer.ToString();
    }

    private static string Render(SiteMarkdown markdown, HtmlRenderer like, Block block)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(writer);
        markdown.Pipeline.Setup(renderer);
        foreach (var objectRenderer in like.ObjectRenderers.Where(r => r is ItemHeadingRenderer or ItemCitationRenderer).ToList())
        {
            renderer.ObjectRenderers.Insert(0, objectRenderer);
        }

        renderer.Render(block);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>The ids of the sources cited in these blocks, by the number each has in the article, in that order.</summary>
    public static IEnumerable<(int Number, string Id)> CitedSources(IEnumerable<Block> blocks, IReadOnlyDictionary<string, int> numbers)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            var links = block is LeafBlock { Inline: { } inline } ? inline.Descendants<FootnoteLink>() : block.Descendants<FootnoteLink>();
            ids.UnionWith(links.Where(l => !l.IsBackLink).Select(l => SiteMarkdown.SourceId(l.Footnote)));
            var drawn = block is IDrawnBlock d ? [d] : block.Descendants<Block>().OfType<IDrawnBlock>();
            ids.UnionWith(drawn.SelectMany(x => x.CitedSourceIds));
        }

        return ids.Where(numbers.ContainsKey).Select(id => (numbers[id], id)).OrderBy(s => s.Item1);
    }

    public static string SourceAnchor(string anchor, string sourceId) => $"{anchor}-source-{sourceId}";

    private sealed class ItemHeadingRenderer : HtmlObjectRenderer<HeadingBlock>
    {
        protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
        {
            var tag = $"h{heading.Level}";
            renderer.EnsureLine();
            renderer.Write('<').Write(tag).Write('>');
            renderer.WriteLeafInline(heading);
            renderer.Write("</").Write(tag).WriteLine(">");
        }
    }

    private sealed class ItemCitationRenderer(string anchor) : HtmlObjectRenderer<FootnoteLink>
    {
        protected override void Write(HtmlRenderer renderer, FootnoteLink link)
        {
            if (link.IsBackLink)
            {
                return;
            }

            var footnote = link.Footnote;
            renderer.Write("<a href=\"#").WriteEscape(SourceAnchor(anchor, SiteMarkdown.SourceId(footnote)))
                .Write($"\" class=\"citation\"><sup><span class=\"visually-hidden\">source </span>{footnote.Order}</sup></a>");
        }
    }

    private sealed class Silent<T> : HtmlObjectRenderer<T> where T : MarkdownObject
    {
        protected override void Write(HtmlRenderer renderer, T obj)
        {
        }
    }
}
