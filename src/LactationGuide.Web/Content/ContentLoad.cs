using System.Collections.Immutable;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace LactationGuide.Web.Content;

/// <summary>
/// One load of the content folder, shared by every <see cref="IContentKind"/>: the files, the errors found so far,
/// the pages and link targets the kinds have read, what each kind leaves for the others, and what the library
/// will hold. Made and thrown away by <see cref="ContentLoader.Load"/>.
/// </summary>
public sealed class ContentLoad
{
    private readonly List<ContentError> _errors = [];
    private readonly List<ContentPage> _pages = [];
    private readonly Dictionary<string, Dictionary<string, IReadOnlySet<string>>> _targets = new(StringComparer.Ordinal);
    private readonly HashSet<string> _unreadable = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, object> _parts = [];
    private readonly Dictionary<Type, object> _published = [];

    internal ContentLoad(string root, SiteMarkdown markdown)
    {
        Root = root;
        Markdown = markdown;
    }

    /// <summary>The full path of the content folder.</summary>
    public string Root { get; }

    /// <summary>The site's one Markdig pipeline.</summary>
    public SiteMarkdown Markdown { get; }

    public IReadOnlyList<ContentError> Errors => _errors;

    /// <summary>The Markdown files read so far, in the order the kinds read them.</summary>
    public IReadOnlyList<ContentPage> Pages => _pages;

    public List<Article> Articles { get; } = [];

    public List<FaqEntry> Faq { get; } = [];

    public List<GlossaryTerm> Glossary { get; } = [];

    public void Error(string file, int line, string reason) => _errors.Add(new ContentError(file, line, reason));

    /// <summary>A problem that is only the echo of another file's errors, listed after them.</summary>
    public void FollowOn(string file, int line, string reason) => _errors.Add(new ContentError(file, line, reason, FollowOn: true));

    public void Report(ContentError error) => _errors.Add(error);

    /// <summary>The full path of a file in the content folder, such as <c>warning-signs.yaml</c>.</summary>
    public string PathOf(string name) => Path.Combine(Root, name);

    /// <summary>A data file's text with Unix line endings, or null when the content folder has no such file.</summary>
    public string? ReadText(string name)
    {
        var file = PathOf(name);
        return File.Exists(file) ? File.ReadAllText(file).ReplaceLineEndings("\n") : null;
    }

    /// <summary>
    /// The Markdown files of a folder (<c>articles</c>), in name order, each with its slug (the file name) and text;
    /// a file whose name is not a valid slug is reported and left out.
    /// </summary>
    public IEnumerable<ContentFile> ReadFolder(string folder)
    {
        var path = PathOf(folder);
        if (!Directory.Exists(path))
        {
            return [];
        }

        var files = new List<ContentFile>();
        foreach (var file in Directory.EnumerateFiles(path, "*.md").Order(StringComparer.Ordinal))
        {
            var slug = Path.GetFileNameWithoutExtension(file);
            if (!SourceRules.SlugPattern().IsMatch(slug))
            {
                Error(file, 1, $"the file name '{slug}' is not a valid slug (lowercase letters, digits and single hyphens)");
                continue;
            }

            files.Add(new ContentFile(file, folder, slug, File.ReadAllText(file).ReplaceLineEndings("\n")));
        }

        return files;
    }

    /// <summary>
    /// Reads a folder of Markdown pages with <paramref name="parse"/> (null when a file cannot be read, its problems
    /// reported). Each page read is added, with its section ids as a place to link to; a file that cannot be read
    /// is still a place to link to (<see cref="AddUnreadable"/>).
    /// </summary>
    public List<T> ReadPages<T>(string folder, Func<ContentFile, T?> parse, Func<T, ContentPage> page, Func<T, (string Slug, IReadOnlySet<string> SectionIds)> target)
        where T : class
    {
        var pages = new List<T>();
        foreach (var file in ReadFolder(folder))
        {
            if (parse(file) is { } parsed)
            {
                pages.Add(parsed);
                AddPage(page(parsed));
                var (slug, ids) = target(parsed);
                AddLinkTarget(folder, slug, ids);
            }
            else
            {
                AddUnreadable(file);
            }
        }

        return pages;
    }

    /// <summary>A page whose front matter was read: other kinds may check and draw their blocks in it.</summary>
    public void AddPage(ContentPage page) => _pages.Add(page);

    /// <summary>A place content may link to (<c>articles/milk-storage.md</c>), with the section ids it has.</summary>
    public void AddLinkTarget(string folder, string slug, IReadOnlySet<string> sectionIds)
    {
        if (!_targets.TryGetValue(folder, out var slugs))
        {
            _targets[folder] = slugs = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        }

        slugs[slug] = sectionIds;
    }

    /// <summary>
    /// A file whose front matter is broken is left out of the site, but stays a place to link to, with the section
    /// ids of its headings: its own error is the one to fix, not every link to it in other files.
    /// </summary>
    public void AddUnreadable(ContentFile file)
    {
        var ids = Markdown.Parse(file.Text).Descendants<HeadingBlock>()
            .Select(h => h.TryGetAttributes()?.Id).OfType<string>().Append("sources").ToHashSet(StringComparer.Ordinal);
        AddLinkTarget(file.Folder, file.Slug, ids);
        _unreadable.Add(file.Folder);
    }

    /// <summary>Whether a file of the folder was left out because it could not be read.</summary>
    public bool HasUnreadable(string folder) => _unreadable.Contains(folder);

    internal LinkTargets LinkTargets()
    {
        IReadOnlyDictionary<string, IReadOnlySet<string>> In(string folder) =>
            _targets.GetValueOrDefault(folder) ?? new Dictionary<string, IReadOnlySet<string>>();
        return new LinkTargets(In("articles"), In("faq").Keys.ToHashSet(StringComparer.Ordinal), In("glossary").Keys.ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>Leaves something read during this load for a later step or another kind, one value per type.</summary>
    public void Keep<T>(T part) where T : class => _parts[typeof(T)] = part;

    /// <summary>What a kind kept during this load (<see cref="Keep{T}"/>), or null.</summary>
    public T? Kept<T>() where T : class => _parts.GetValueOrDefault(typeof(T)) as T;

    /// <summary>Puts data in the library (the storage rules, the warning signs), found there with <see cref="ContentLibrary.Find{T}"/>.</summary>
    public void Publish<T>(T data) where T : class => _published[typeof(T)] = data;

    public ImmutableDictionary<Type, object> Published => _published.ToImmutableDictionary();
}

/// <summary>A Markdown file of the content folder: where it is, its folder and slug, and its text with Unix line endings.</summary>
public sealed record ContentFile(string File, string Folder, string Slug, string Text);
