using System.Collections.Immutable;
using LactationGuide.Web.Content;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LactationGuide.Web.Pages.Articles;

public sealed class IndexModel(ContentLibraryProvider content) : PageModel
{
    public ImmutableArray<Article> Articles { get; private set; } = [];

    public void OnGet() => Articles = content.Current.Articles;
}
