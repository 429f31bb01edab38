using LactationGuide.Web.Content;
using LactationGuide.Web.ReadingLists;
using LactationGuide.Web.Sharing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LactationGuide.Web.Pages.Faq;

public sealed class EntryModel(ContentLibraryProvider content, Handouts handouts) : PageModel
{
    public FaqEntry Entry { get; private set; } = null!;

    public IReadOnlyList<Article> Articles { get; private set; } = [];

    public Handout? Handout { get; private set; }

    public IActionResult OnGet(string slug)
    {
        var library = content.Current;
        if (library.FindFaq(slug) is not { } entry)
        {
            return library.ReadingLists?.Aliases.Answer(slug) is { } current ? RedirectPermanent($"/faq/{current}") : NotFound();
        }

        Entry = entry;
        Handout = handouts.For(entry.Url);
        Articles = [.. entry.ArticleLinks.Select(l => library.FindArticle(l.ArticleSlug)!).Distinct()];
        return Page();
    }
}
