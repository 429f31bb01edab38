using System.Collections.Immutable;
using LactationGuide.Web.Content;
using LactationGuide.Web.ReadingLists;
using LactationGuide.Web.Sharing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LactationGuide.Web.Pages.Articles;

public sealed class ArticleModel(ContentLibraryProvider content, Handouts handouts) : PageModel
{
    public Article Article { get; private set; } = null!;

    public ImmutableArray<FaqEntry> Questions { get; private set; } = [];

    public Article? Previous { get; private set; }

    public Article? Next { get; private set; }

    /// <summary>The glossary entries the article links to, so that their meaning can be shown in place.</summary>
    public ImmutableArray<GlossaryTerm> Terms { get; private set; } = [];

    public Handout? Handout { get; private set; }

    public IActionResult OnGet(string slug)
    {
        var library = content.Current;
        if (library.FindArticle(slug) is not { } article)
        {
            // A renamed article keeps its old slug as an alias: old links and printed QR codes land on the new one.
            return library.ReadingLists?.Aliases.Article(slug) is { } current ? RedirectPermanent($"/articles/{current}") : NotFound();
        }

        Article = article;
        Questions = library.QuestionsAbout(article);
        Previous = library.Previous(article);
        Next = library.Next(article);
        Terms = library.TermsIn(article);
        Handout = handouts.For(article.Url);
        return Page();
    }
}
