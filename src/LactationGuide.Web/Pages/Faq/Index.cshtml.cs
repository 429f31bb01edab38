using System.Collections.Immutable;
using LactationGuide.Web.Content;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LactationGuide.Web.Pages.Faq;

public sealed class IndexModel(ContentLibraryProvider content) : PageModel
{
    public ImmutableArray<FaqEntry> Entries { get; private set; } = [];

    public void OnGet() => Entries = content.Current.Faq;
}
