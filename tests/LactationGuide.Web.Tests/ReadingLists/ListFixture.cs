using LactationGuide.Web.Content;
using LactationGuide.Web.ReadingLists;
using LactationGuide.Web.Tests.Content;
using Markdig;

namespace LactationGuide.Web.Tests.ReadingLists;

/// <summary>The small fixture content (<c>Fixtures/valid</c>), loaded with reading lists as the site loads them.</summary>
internal static class ListFixture
{
    public static readonly HashSet<string> SitePages = ["/", "/faq", "/tools/milk-storage", "/unwell", "/list", "/list/build"];

    public static IReadOnlyList<IContentKind> Kinds { get; } = [.. SiteContent.Kinds, new ReadingListKind()];

    public static ContentLibrary Load(string root)
    {
        var markdown = new SiteMarkdown(Kinds.Select(k => k.Markdown).OfType<IMarkdownExtension>());
        return new ContentLoader(Kinds, markdown, root, _ => true, () => SitePages, TestClock.New()).Load();
    }

    /// <summary>The registry as it would be written for the fixture content today.</summary>
    public const string Registry = """
        # the fixture's published addresses
        /articles/alpha
        /articles/alpha#first-section
        /articles/alpha#a-sub-section
        /articles/beta
        /articles/beta#second-section
        /faq/one
        /unwell#hard-to-wake
        /unwell#no-wet-nappy
        /unwell#feeds-hurt
        /unwell#confused-parent
        """;

    public static string WriteRegistry(string root, string text = Registry)
    {
        var path = Path.Combine(root, PublishedIds.FileName);
        File.WriteAllText(path, text.ReplaceLineEndings("\n") + "\n");
        return path;
    }

    /// <summary>The line of the registry that holds an address.</summary>
    public static int LineOf(string registryPath, string address) => Array.IndexOf(File.ReadAllLines(registryPath), address) + 1;
}
