using LactationGuide.Web.Content;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LactationGuide.Web.Tests;

/// <summary>
/// Every page a reader can reach, taken from the site itself: its Razor Pages without route values (from the app's
/// endpoints), every article and FAQ answer of the real content, and the page-not-found page. Every test that walks
/// the site's pages walks this list, so a new page or article is in all of them without anyone adding it.
/// </summary>
public static class SitePages
{
    public const string NotFound = "/no-such-page";

    /// <summary>
    /// Pages that are not pages on their own: the error page, which only the exception handler shows (asked for by its
    /// address it is a 404), and a bottle's label, which needs the planner's answer in its query.
    /// </summary>
    private static readonly HashSet<string> NotOnTheirOwn = ["/error", "/tools/milk-storage/label"];

    /// <summary>A reading list as a consultant sends it: the list page is only a page with items in its query.</summary>
    public const string ReadingList = "/list?items=milk-storage.fridge,faq.mastitis,unwell.hard-to-wake";

    /// <summary>
    /// Pages made from what a reader asks (a search's results, a list a consultant made): no page links to one and
    /// no search engine should index one, so the sitemap and the link crawl leave them out.
    /// </summary>
    public static IReadOnlyList<string> MadeByReaders { get; } = ["/search", ReadingList];

    /// <summary>Pages that need a query to be a page, and the address each is walked at.</summary>
    private static readonly Dictionary<string, string> WithTheirQuery = new(StringComparer.Ordinal) { ["/list"] = ReadingList };

    private static readonly (IReadOnlyList<string> Fixed, IReadOnlyList<string> Content) Pages = Load();

    /// <summary>The site's own pages (<c>/</c>, <c>/faq</c>, <c>/search</c>, <c>/tools/milk-storage</c> ...), in address order.</summary>
    public static IReadOnlyList<string> Fixed => Pages.Fixed;

    /// <summary>Every article, then every FAQ answer, in the content's order.</summary>
    public static IReadOnlyList<string> Content => Pages.Content;

    public static IReadOnlyList<string> All { get; } = [.. Fixed, .. Content, NotFound];

    public static TheoryData<string> AllAsTheory() => Theory(All);

    /// <summary>
    /// One page of each kind: the fixed pages, one article, one answer and the 404 page. For the slow tests whose
    /// result depends on the templates rather than on the words.
    /// </summary>
    public static TheoryData<string> OneOfEachKindAsTheory()
    {
        var first = new HashSet<string>(StringComparer.Ordinal);
        return Theory(All.Where(url => first.Add(url.Count(c => c == '/') > 1 ? url[..url.LastIndexOf('/')] : url)));
    }

    public static TheoryData<string> ArticlesAsTheory() => Theory(Content.Where(u => u.StartsWith("/articles/", StringComparison.Ordinal)));

    public static TheoryData<string> AnswersAsTheory() => Theory(Content.Where(u => u.StartsWith("/faq/", StringComparison.Ordinal)));

    private static TheoryData<string> Theory(IEnumerable<string> urls)
    {
        var data = new TheoryData<string>();
        foreach (var url in urls)
        {
            data.Add(url);
        }

        return data;
    }

    private static (IReadOnlyList<string>, IReadOnlyList<string>) Load()
    {
        using var factory = new SiteFactory();
        var library = factory.Services.GetRequiredService<ContentLibraryProvider>().Current;
        var pages = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null && e.RoutePattern.Parameters.Count == 0)
            .Select(e => "/" + (e.RoutePattern.RawText ?? "").Trim('/').ToLowerInvariant())
            .Where(path => path != "/index" && !path.EndsWith("/index", StringComparison.Ordinal) && !NotOnTheirOwn.Contains(path))
            .Select(path => WithTheirQuery.GetValueOrDefault(path, path))
            .Distinct()
            .Order(StringComparer.Ordinal);
        return ([.. pages], [.. library.Articles.Select(a => a.Url), .. library.Faq.Select(f => f.Url)]);
    }
}
