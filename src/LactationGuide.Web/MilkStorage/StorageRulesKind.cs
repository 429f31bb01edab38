using LactationGuide.Web.Content;
using Markdig;

namespace LactationGuide.Web.MilkStorage;

/// <summary>
/// The milk storage rules as a kind of content: <c>milk-storage-rules.yaml</c>, read strictly, its sources matched
/// with the article that shows the rules as a table (<c>```storage-table</c>), and the table drawn there, so that
/// the article and the planner count with the same figures and cite the same sources.
/// </summary>
internal sealed class StorageRulesKind : IContentKind
{
    public IMarkdownExtension Markdown { get; } = new RendererExtension<StorageTableRenderer>();

    public void Read(ContentLoad load)
    {
        var text = load.ReadText(MilkStorageRulesReader.FileName);
        var parsed = text is null ? null : MilkStorageRulesReader.Read(load.PathOf(MilkStorageRulesReader.FileName), text, load.Report);
        load.Keep(new RulesFile(Exists: text is not null, parsed));
    }

    public void Resolve(ContentLoad load)
    {
        var (exists, parsed) = load.Kept<RulesFile>()!;
        var showing = load.Pages.Where(p => StorageTableBlock.Placeholders(p.Document).Count > 0).ToList();
        foreach (var page in showing)
        {
            foreach (var placeholder in StorageTableBlock.Placeholders(page.Document).Where(p => !string.IsNullOrWhiteSpace(p.Lines.ToString())))
            {
                load.Error(page.File, placeholder.Line + 1, $"the {StorageTableBlock.FenceInfo} block is drawn from {MilkStorageRulesReader.FileName}: leave it empty");
            }
        }

        if (parsed is null)
        {
            foreach (var page in exists ? [] : showing)
            {
                load.Error(page.File, StorageTableBlock.Placeholders(page.Document)[0].Line + 1, $"there is no {MilkStorageRulesReader.FileName} in the content folder to draw this table from");
            }

            return;
        }

        if (showing.Count == 0 && !load.HasUnreadable(ArticleKind.Folder))
        {
            load.Error(parsed.File, 1, $"no article shows these rules: put a ```{StorageTableBlock.FenceInfo} block in the article that cites their sources");
            return;
        }

        MilkStorageRules? rules = null;
        foreach (var page in showing)
        {
            rules ??= parsed.Resolve(page.Sources.ToDictionary(s => s.Id, StringComparer.Ordinal), page.File, load.Report);
        }

        if (rules is null)
        {
            return;
        }

        load.Publish(rules);
        foreach (var page in showing)
        {
            StorageTableBlock.Replace(page.Document, rules, SiteMarkdown.CitationNumbers(page.Document));
        }
    }

    private sealed record RulesFile(bool Exists, ParsedRules? Parsed);
}

/// <summary>The library's milk storage rules, from <c>milk-storage-rules.yaml</c>.</summary>
public static class MilkStorageContent
{
    extension(ContentLibrary library)
    {
        /// <summary>How long milk keeps; null when the content has no storage rules.</summary>
        public MilkStorageRules? StorageRules => library.Find<MilkStorageRules>();
    }
}
