namespace LactationGuide.Web.Content;

/// <summary>
/// Reads the content folder through every kind of content, checks every file and every link between them, and
/// renders the lot into a <see cref="ContentLibrary"/>. Reports every problem it finds as <c>file:line: reason</c>.
/// </summary>
/// <param name="kinds">
/// The kinds of content (<see cref="IContentKind"/>): each reads its files, then each resolves what involves the
/// others, then each builds, so no kind depends on the order it was registered in.
/// </param>
/// <param name="markdown">The site's one Markdig pipeline, built with the kinds' extensions.</param>
/// <param name="contentRoot">The folder holding <c>articles/</c>, <c>faq/</c>, <c>glossary/</c> and the data files.</param>
/// <param name="siteFileExists">Whether a site path such as <c>/diagrams/x.svg</c> is a file the site serves.</param>
/// <param name="sitePages">
/// Site paths that content may link to directly, such as <c>/tools/milk-storage</c>; asked for only once the files are
/// read, so that the app can work them out meanwhile.
/// </param>
/// <param name="clock">The site's clock: when the library was loaded (<see cref="ContentLibrary.LoadedAt"/>).</param>
internal sealed class ContentLoader(
    IReadOnlyList<IContentKind> kinds,
    SiteMarkdown markdown,
    string contentRoot,
    Func<string, bool> siteFileExists,
    Func<IReadOnlySet<string>> sitePages,
    TimeProvider clock)
{
    private readonly string _root = Path.GetFullPath(contentRoot);

    /// <param name="version">Tells this load's library from the ones before it (<see cref="ContentLibrary.Version"/>).</param>
    public ContentLibrary Load(long version = 1)
    {
        if (!Directory.Exists(_root))
        {
            throw new ContentValidationException([new ContentError(_root, 0, "the content folder does not exist (set Site:ContentPath)")]);
        }

        var load = new ContentLoad(_root, markdown);
        foreach (var kind in kinds)
        {
            kind.Read(load);
        }

        foreach (var kind in kinds)
        {
            kind.Resolve(load);
        }

        var links = new ContentLinks(_root, load.LinkTargets(), siteFileExists, sitePages(), load.Report);
        foreach (var kind in kinds)
        {
            kind.Build(load, links);
        }

        foreach (var kind in kinds)
        {
            kind.Finish(load);
        }

        if (load.Errors.Count > 0)
        {
            throw new ContentValidationException(load.Errors);
        }

        return new ContentLibrary(load.Articles, load.Faq, load.Glossary, clock.GetUtcNow(), load.Published) { Version = version };
    }
}
