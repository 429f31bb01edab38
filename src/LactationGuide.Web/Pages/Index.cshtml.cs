using System.Collections.Immutable;
using LactationGuide.Web.Content;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LactationGuide.Web.Pages;

public sealed class IndexModel(ContentLibraryProvider content) : PageModel
{
    public ImmutableArray<Article> Articles { get; private set; } = [];

    public IReadOnlyList<FaqEntry> PopularQuestions { get; private set; } = [];

    public void OnGet()
    {
        var library = content.Current;
        Articles = library.Articles;
        PopularQuestions = [.. library.PopularQuestions];
    }
}
