using LactationGuide.Web.Content;
using Markdig;

namespace LactationGuide.Web.WarningSigns;

/// <summary>
/// The warning signs as a kind of content: <c>warning-signs.yaml</c>, read strictly, and the <c>```warning-signs</c>
/// blocks of every page, checked against it and drawn from it, so that a sign has one level on every page.
/// </summary>
internal sealed class WarningSignsKind : IContentKind
{
    public IMarkdownExtension Markdown { get; } = new RendererExtension<WarningSignsRenderer>();

    public void Read(ContentLoad load)
    {
        var text = load.ReadText(WarningSignsReader.FileName);
        var signs = text is null ? null : WarningSignsReader.Read(load.PathOf(WarningSignsReader.FileName), text, load.Markdown, load.Report);
        load.Keep(new SignsFile(Exists: text is not null, signs));
        if (signs is not null)
        {
            load.Publish(signs);
        }
    }

    public void Resolve(ContentLoad load)
    {
        var (exists, signs) = load.Kept<SignsFile>()!;
        foreach (var page in load.Pages)
        {
            var toldOnce = false;
            foreach (var (line, reason) in WarningSignsBlock.Problems(page.Document, signs))
            {
                if (reason == WarningSignsBlock.NoSignsFile && exists)
                {
                    // The signs file has errors of its own, reported first: this page needs saying only once.
                    if (!toldOnce)
                    {
                        load.FollowOn(page.File, line, $"draws warning signs from {WarningSignsReader.FileName}, which has errors above");
                        toldOnce = true;
                    }

                    continue;
                }

                load.Error(page.File, line, reason);
            }

            if (signs is not null)
            {
                WarningSignsBlock.Replace(page.Document, signs);
            }
        }
    }

    private sealed record SignsFile(bool Exists, WarningSignList? Signs);
}

/// <summary>The library's warning signs, from <c>warning-signs.yaml</c>.</summary>
public static class WarningSignsContent
{
    extension(ContentLibrary library)
    {
        /// <summary>Every warning sign; null when the content has no signs file.</summary>
        public WarningSignList? WarningSigns => library.Find<WarningSignList>();
    }
}
