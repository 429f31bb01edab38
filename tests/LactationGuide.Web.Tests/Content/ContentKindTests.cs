using LactationGuide.Web.Content;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace LactationGuide.Web.Tests.Content;

/// <summary>
/// A new kind of content is one type that reads, checks and draws its own blocks, registered beside the others:
/// the loader and the content model need no change (the warning signs and the storage rules are built this way).
/// </summary>
public sealed class ContentKindTests : IDisposable
{
    private static readonly HashSet<string> SitePages = ["/", "/faq", "/tools/milk-storage", "/unwell"];
    private readonly string _root = ContentFixture.CopyValid();

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_kind_added_beside_the_others_reads_its_file_and_draws_its_blocks_with_its_own_renderer()
    {
        File.WriteAllText(Path.Combine(_root, ReminderKind.FileName), "wash: Wash your hands before you express.\n");
        ContentFixture.Edit(_root, "articles/beta.md", "Text.", "Text.\n\n```reminder\nwash\n```");

        var library = Load();

        var beta = HtmlPage.Parse(library.FindArticle("beta")!.BodyHtml);
        Assert.Equal("Wash your hands before you express.", beta.QuerySelector("p.reminder")?.TextContent);
        Assert.Null(beta.QuerySelector("code.language-reminder"));
        Assert.Equal(["wash"], library.Find<Reminders>()!.Texts.Keys);
    }

    [Fact]
    public void A_kinds_errors_are_reported_with_the_others_at_the_pages_line()
    {
        File.WriteAllText(Path.Combine(_root, ReminderKind.FileName), "wash: Wash your hands before you express.\n");
        ContentFixture.Edit(_root, "articles/beta.md", "Text.", "Text.\n\n```reminder\nrinse\n```");
        var beta = Path.Combine(_root, "articles", "beta.md");
        var line = Array.IndexOf(File.ReadAllLines(beta), "rinse") + 1;

        var error = Assert.Single(Assert.Throws<ContentValidationException>(Load).Errors);

        Assert.Equal($"{beta}:{line}: there is no reminder 'rinse' in {ReminderKind.FileName}", error.ToString());
    }

    private ContentLibrary Load()
    {
        IReadOnlyList<IContentKind> kinds = [.. SiteContent.Kinds, new ReminderKind()];
        var markdown = new SiteMarkdown(kinds.Select(k => k.Markdown).OfType<IMarkdownExtension>());
        return new ContentLoader(kinds, markdown, _root, _ => true, () => SitePages, TestClock.New()).Load();
    }

    private sealed record Reminders(IReadOnlyDictionary<string, string> Texts);

    /// <summary>A kind as small as a kind can be: <c>reminders.txt</c> of <c>id: text</c> lines, shown by <c>```reminder</c> blocks.</summary>
    private sealed class ReminderKind : IContentKind
    {
        public const string FileName = "reminders.txt";

        public IMarkdownExtension Markdown { get; } = new RendererExtension<ReminderRenderer>();

        public void Read(ContentLoad load)
        {
            var texts = (load.ReadText(FileName) ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(l => l.Split(':', 2)).ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.Ordinal);
            load.Keep(new Reminders(texts));
            load.Publish(load.Kept<Reminders>()!);
        }

        public void Resolve(ContentLoad load)
        {
            var reminders = load.Kept<Reminders>()!;
            foreach (var page in load.Pages)
            {
                foreach (var block in page.Document.Descendants<FencedCodeBlock>().Where(b => b.Info == "reminder").ToList())
                {
                    var id = block.Lines.ToString().Trim();
                    if (!reminders.Texts.TryGetValue(id, out var text))
                    {
                        load.Error(page.File, block.Line + 2, $"there is no reminder '{id}' in {FileName}");
                        continue;
                    }

                    var parent = block.Parent!;
                    parent[parent.IndexOf(block)] = new ReminderBlock(text);
                }
            }
        }
    }

    private sealed class ReminderBlock(string text) : LeafBlock(null), IDrawnBlock
    {
        public string PlainText => text;
    }

    private sealed class ReminderRenderer : HtmlObjectRenderer<ReminderBlock>
    {
        protected override void Write(HtmlRenderer renderer, ReminderBlock block) =>
            renderer.Write("<p class=\"reminder\">").WriteEscape(block.PlainText).WriteLine("</p>");
    }
}
