using System.Collections.Immutable;
using LactationGuide.Web.Content;
using LactationGuide.Web.Sharing;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LactationGuide.Web.Pages.Faq;

public sealed class IndexModel(ContentLibraryProvider content, Handouts handouts) : PageModel
{
    public ImmutableArray<FaqEntry> Entries { get; private set; } = [];

    public Handout? Handout { get; private set; }

    public void OnGet()
    {
        Entries = content.Current.Faq;
        Handout = handouts.For(Handouts.FaqPagePath);
    }
}
