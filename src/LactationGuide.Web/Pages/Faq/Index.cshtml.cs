using System.Collections.Immutable;
using LactationGuide.Web.Content;
using LactationGuide.Web.ReadingLists;
using LactationGuide.Web.Sharing;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LactationGuide.Web.Pages.Faq;

public sealed class IndexModel(ContentLibraryProvider content, Handouts handouts) : PageModel
{
    /// <summary>
    /// The sheets of A4 or Letter every answer takes on paper. A handout is two sheets at most, but all sixteen answers
    /// and the warning signs they hold do not fit two at 11 pt, and none can be left out; the page says so before a
    /// consultant prints, and each answer's own page prints on one. The print tests hold this figure to the printout.
    /// </summary>
    public const int PrintedSheets = 3;

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
