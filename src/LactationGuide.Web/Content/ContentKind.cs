using System.Collections.Immutable;
using Markdig;
using Markdig.Syntax;

namespace LactationGuide.Web.Content;

/// <summary>
/// One kind of content (articles, FAQ answers, glossary terms, or a feature's data file such as the warning signs):
/// how its files are read, checked and built into the library. The <see cref="ContentLoader"/> runs every kind
/// through the same three steps and collects their errors, so adding a kind is adding one of these, registered
/// with <see cref="ContentServiceCollectionExtensions.AddContentKind{TKind}"/>.
/// </summary>
/// <remarks>Kinds are singletons: what they find during one load lives in its <see cref="ContentLoad"/>.</remarks>
public interface IContentKind
{
    /// <summary>The renderers of the blocks this kind draws into pages, added to the site's one Markdig pipeline.</summary>
    IMarkdownExtension? Markdown => null;

    /// <summary>Reads and checks the kind's own files: adds its pages and link targets to the load.</summary>
    void Read(ContentLoad load);

    /// <summary>
    /// Once every kind has read its files: checks what involves other kinds (its blocks in any page) and draws its
    /// blocks into the pages.
    /// </summary>
    void Resolve(ContentLoad load)
    {
    }

    /// <summary>Builds what the library holds from pages whose blocks are drawn, checking and rewriting their links.</summary>
    void Build(ContentLoad load, ContentLinks links)
    {
    }

    /// <summary>
    /// Once every kind has built: makes what is drawn from other kinds' finished pages (a reading list shows an
    /// article's sections on their own, links and signs already in place), so that no kind depends on the order
    /// the kinds were registered in.
    /// </summary>
    void Finish(ContentLoad load)
    {
    }
}

/// <summary>
/// A Markdown file the site shows, once its front matter has been read: what other kinds look into for their
/// blocks (a fenced <c>```warning-signs</c> block, say) and draw them in.
/// </summary>
/// <param name="Sources">The sources the page cites, which a block drawn into it may cite too.</param>
public sealed record ContentPage(string File, MarkdownDocument Document, ImmutableArray<Source> Sources)
{
    /// <summary>
    /// The slugs the page was published under before (<c>aliases</c> in its front matter), as its own kind read them:
    /// the reading lists' registry checks them without reading the front matter a second time.
    /// </summary>
    public ImmutableArray<string> Aliases { get; init; } = [];

    /// <summary>The line of the file on which <see cref="Aliases"/> are written.</summary>
    public int AliasesLine { get; init; } = 1;
}

/// <summary>
/// A block drawn from data rather than written in Markdown (the storage table, a list of warning signs), with the
/// words it shows and the sources it cites, so that search, reading level and handouts see it like any other text.
/// </summary>
public interface IDrawnBlock
{
    string PlainText { get; }

    /// <summary>The ids of the page's sources that the block cites.</summary>
    IEnumerable<string> CitedSourceIds => [];
}
