using System.Globalization;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.Alerts;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace LactationGuide.Web.Content;

/// <summary>
/// The one Markdig pipeline the site uses, built once with the extensions of every kind of content (the renderers
/// of the blocks they draw), and how a parsed document becomes HTML.
/// </summary>
public sealed class SiteMarkdown
{
    /// <summary>
    /// Order matters: GitHub-style ids are registered first so that nothing else assigns heading ids; generic
    /// attributes (<c>{#stable-id}</c>) must be last, as Markdig requires; raw HTML is disabled so that content can
    /// never inject markup.
    /// </summary>
    public SiteMarkdown(IEnumerable<IMarkdownExtension> features)
    {
        var builder = new MarkdownPipelineBuilder()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseYamlFrontMatter()
            .UsePipeTables()
            .UseFootnotes()
            .UseAlertBlocks()
            .UseEmphasisExtras()
            .UseListExtras()
            .Use<SiteRenderingExtension>();
        foreach (var feature in features.DistinctBy(f => f.GetType()))
        {
            builder.Extensions.Add(feature);
        }

        Pipeline = builder.UseGenericAttributes().DisableHtml().Build();
    }

    public MarkdownPipeline Pipeline { get; }

    public MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown, Pipeline);

    /// <summary>Markdown from a data file (a source written out, say) as HTML, through the same pipeline.</summary>
    public string ToHtml(string markdown) => Render(Parse(markdown));

    /// <summary>A citation <c>[^who-2023]</c> is a footnote labelled <c>^who-2023</c>; the source's id is the label without its caret.</summary>
    internal static string SourceId(Footnote footnote) => footnote.Label!.TrimStart('^');

    /// <summary>The number each cited source has in the page's source list, by source id.</summary>
    internal static IReadOnlyDictionary<string, int> CitationNumbers(MarkdownDocument document) =>
        document.Descendants<Footnote>().Where(f => f.Order > 0).ToDictionary(SourceId, f => f.Order, StringComparer.Ordinal);

    public string Render(MarkdownObject node)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(node);
        writer.Flush();
        return writer.ToString();
    }
}

/// <summary>
/// A Markdig extension that adds one renderer: how a kind of content registers the renderer of the block it draws
/// into pages (<see cref="IContentKind.Markdown"/>).
/// </summary>
public sealed class RendererExtension<TRenderer> : IMarkdownExtension where TRenderer : class, IMarkdownObjectRenderer, new()
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) =>
        (renderer as HtmlRenderer)?.ObjectRenderers.AddIfNotAlready<TRenderer>();
}

/// <summary>The kinds of callout an author can write as <c>&gt; [!KIND]</c>, with what a reader sees and hears.</summary>
public sealed record CalloutKind(string Name, string CssClass, string HiddenPrefix, string Title)
{
    public static readonly IReadOnlyDictionary<string, CalloutKind> All = new[]
    {
        // The three levels of the NHS care cards. The hidden prefix tells screen reader users the urgency,
        // which sighted readers get from the colour and border.
        new CalloutKind("ROUTINE", "callout-routine", "Get help soon: ", "Talk to your care team"),
        new CalloutKind("URGENT", "callout-urgent", "Urgent advice: ", "Get help today"),
        new CalloutKind("EMERGENCY", "callout-emergency", "Emergency: ", "Call your emergency number now"),
        new CalloutKind("NOTE", "callout-note", "", "Good to know"),
    }.ToDictionary(k => k.Name, StringComparer.Ordinal);
}

/// <summary>Replaces Markdig's default HTML for headings, callouts and citations with the site's own.</summary>
internal sealed class SiteRenderingExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html)
        {
            return;
        }

        html.ObjectRenderers.ReplaceOrAdd<HeadingRenderer>(new SelfLinkingHeadingRenderer());
        html.ObjectRenderers.ReplaceOrAdd<AlertBlockRenderer>(new CalloutRenderer());
        html.ObjectRenderers.ReplaceOrAdd<HtmlFootnoteGroupRenderer>(new SourceListRenderer());
        html.ObjectRenderers.ReplaceOrAdd<HtmlFootnoteLinkRenderer>(new CitationRenderer());
        html.ObjectRenderers.AddIfNotAlready<LeftOutOfHandoutRenderer>();
    }
}

/// <summary>Section headings link to themselves, so a consultant can copy a link to any section.</summary>
internal sealed class SelfLinkingHeadingRenderer : HtmlObjectRenderer<HeadingBlock>
{
    protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
    {
        var tag = $"h{heading.Level}";
        var id = heading.TryGetAttributes()?.Id;
        var linked = id is not null && heading.Level is 2 or 3;
        renderer.EnsureLine();
        if (linked)
        {
            // The row holds the heading and, beside it, its actions (site.js fills .heading-actions): drawn here, so
            // that nothing moves when the script runs.
            renderer.Write("<div class=\"heading-row heading-row-").Write(tag).Write("\">");
        }

        renderer.Write('<').Write(tag).WriteAttributes(heading).Write('>');
        if (linked)
        {
            renderer.Write("<a class=\"self-link\" href=\"#").WriteEscapeUrl(id).Write("\">");
            renderer.WriteLeafInline(heading);
            renderer.Write("</a>");
        }
        else
        {
            renderer.WriteLeafInline(heading);
        }

        renderer.Write("</").Write(tag).Write('>');
        renderer.WriteLine(linked ? "<div class=\"heading-actions\"></div></div>" : "");
    }
}

internal sealed class CalloutRenderer : HtmlObjectRenderer<AlertBlock>
{
    protected override void Write(HtmlRenderer renderer, AlertBlock block)
    {
        // The loader has already rejected unknown kinds; NOTE is the harmless fallback.
        var kind = CalloutKind.All.GetValueOrDefault(block.Kind.ToString(), CalloutKind.All["NOTE"]);
        renderer.EnsureLine();
        renderer.Write("<div class=\"callout ").Write(kind.CssClass).WriteLine("\">");
        renderer.Write("<p class=\"callout-title\">");
        if (kind.HiddenPrefix.Length > 0)
        {
            renderer.Write("<span class=\"visually-hidden\">").WriteEscape(kind.HiddenPrefix).Write("</span>");
        }

        renderer.WriteEscape(kind.Title).WriteLine("</p>");
        renderer.WriteChildren(block);
        renderer.WriteLine("</div>");
    }
}

/// <summary>Citations are footnotes named after a source id; the footnote list is the article's source list.</summary>
internal sealed class SourceListRenderer : HtmlObjectRenderer<FootnoteGroup>
{
    protected override void Write(HtmlRenderer renderer, FootnoteGroup group)
    {
        renderer.EnsureLine();
        renderer.WriteLine("<ol class=\"sources\">");
        foreach (var footnote in group.OfType<Footnote>())
        {
            // The number is written out because print may hide a source, and a hidden item would renumber the rest.
            // Its attributes carry the class that hides it (HandoutSections.MarkSourcesLeftOut).
            renderer.Write("<li id=\"source-").WriteEscape(SiteMarkdown.SourceId(footnote))
                .Write("\" value=\"").Write(footnote.Order.ToString(CultureInfo.InvariantCulture)).Write('"')
                .WriteAttributes(footnote).WriteLine(">");
            renderer.WriteChildren(footnote);
            renderer.WriteLine("</li>");
        }

        renderer.WriteLine("</ol>");
    }
}

internal sealed class CitationRenderer : HtmlObjectRenderer<FootnoteLink>
{
    protected override void Write(HtmlRenderer renderer, FootnoteLink link)
    {
        var footnote = link.Footnote;
        var sourceId = SiteMarkdown.SourceId(footnote);
        if (!link.IsBackLink)
        {
            renderer.Write($"<a id=\"cite-{link.Index}\" href=\"#source-").WriteEscape(sourceId)
                .Write($"\" class=\"citation\"><sup><span class=\"visually-hidden\">source </span>{footnote.Order}</sup></a>");
        }
        else if (link.Index == footnote.Links[0].Index)
        {
            // One way back is enough; a list of arrows for every citation of a source only adds noise.
            renderer.Write($" <a href=\"#cite-{link.Index}\" class=\"back-link\">Back to text<span class=\"visually-hidden\"> (citation {footnote.Order})</span></a>");
        }
    }
}
