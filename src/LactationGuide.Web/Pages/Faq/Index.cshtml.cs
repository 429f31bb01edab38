using System.Collections.Immutable;
using LactationGuide.Web.Content;
using LactationGuide.Web.ReadingLists;
using LactationGuide.Web.Sharing;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LactationGuide.Web.Pages.Faq;

public sealed class IndexModel(ContentLibraryProvider content, Handouts handouts) : PageModel
{
    public ImmutableArray<FaqEntry> Entries { get; private set; } = [];

    public Handout? Handout { get; private set; }

    /// <summary>The answers' former slugs, each kept as an anchor on this page.</summary>
    public IdAliases Aliases { get; private set; } = IdAliases.None;

    public void OnGet()
    {
        Entries = content.Current.Faq;
        Aliases = content.Current.ReadingLists?.Aliases ?? IdAliases.None;
        Handout = handouts.For(Handouts.FaqPagePath);
    }
}
