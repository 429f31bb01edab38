using LactationGuide.Web.Content;
using LactationGuide.Web.MilkStorage;
using LactationGuide.Web.WarningSigns;
using Markdig;

namespace LactationGuide.Web.Tests.Content;

/// <summary>The content loader as the site builds it: every kind of content, and the one Markdig pipeline made with their extensions.</summary>
internal static class SiteContent
{
    public static IReadOnlyList<IContentKind> Kinds { get; } = [new WarningSignsKind(), new StorageRulesKind(), new ArticleKind(), new FaqKind(), new GlossaryKind()];

    public static SiteMarkdown Markdown { get; } = new(Kinds.Select(k => k.Markdown).OfType<IMarkdownExtension>());

    public static ContentLoader Loader(string root, Func<string, bool> siteFileExists, IReadOnlySet<string> sitePages) =>
        new(Kinds, Markdown, root, siteFileExists, () => sitePages, TestClock.New());
}
