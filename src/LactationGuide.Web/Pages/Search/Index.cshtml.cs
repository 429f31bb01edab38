using System.Collections.Immutable;
using LactationGuide.Web.Content;
using LactationGuide.Web.Search;
using LactationGuide.Web.WarningSigns;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;

namespace LactationGuide.Web.Pages.Search;

[OutputCache(PolicyName = SearchOutputCachePolicy.Name)]
[EnableRateLimiting(SearchConcurrency.Policy)]
public sealed class IndexModel(SiteSearch search, ContentLibraryProvider content) : PageModel
{
    public SearchResults Results { get; private set; } = SearchResults.None(SearchQuery.Empty);

    /// <summary>Where to go instead when the search found nothing (or nothing was asked).</summary>
    public ImmutableArray<Article> Topics { get; private set; } = [];

    public IReadOnlyList<FaqEntry> PopularQuestions { get; private set; } = [];

    /// <summary>What to do at a level, for the warning signs the search matched.</summary>
    public LevelAdvice Advice(WarningLevel level) => content.Current.WarningSigns!.Advice(level);

    public void OnGet([FromQuery(Name = "q")] string? query)
    {
        Results = search.Search(query);
        if (Results.Hits.IsEmpty)
        {
            var library = content.Current;
            Topics = library.Articles;
            PopularQuestions = [.. library.PopularQuestions];
        }
    }
}
