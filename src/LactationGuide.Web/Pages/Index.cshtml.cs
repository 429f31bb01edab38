using System.Collections.Immutable;
using LactationGuide.Web.Content;
using LactationGuide.Web.MilkStorage;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LactationGuide.Web.Pages;

public sealed class IndexModel(ContentLibraryProvider content) : PageModel
{
    public ImmutableArray<Article> Articles { get; private set; } = [];

    public IReadOnlyList<FaqEntry> PopularQuestions { get; private set; } = [];

    /// <summary>Whether the content has storage rules, without which the planner does not exist.</summary>
    public bool HasMilkStoragePlanner { get; private set; }

    public void OnGet()
    {
        var library = content.Current;
        Articles = library.Articles;
        PopularQuestions = [.. library.PopularQuestions];
        HasMilkStoragePlanner = library.StorageRules is not null;
    }
}
