using LactationGuide.Web.Content;
using LactationGuide.Web.Tests.Pages;
using Microsoft.Extensions.DependencyInjection;

namespace LactationGuide.Web.Tests.Browser;

/// <summary>
/// Every page a reader can reach, for the tests that must hold on all of them: the fixed pages listed in
/// <see cref="PageTests.FixedPages"/> (add a new page there, once), every article and FAQ answer in the real
/// content, and the page-not-found page.
/// </summary>
public static class SitePages
{
    public const string NotFound = "/no-such-page";

    public static IReadOnlyList<string> All { get; } = Load();

    public static TheoryData<string> AllAsTheory()
    {
        var data = new TheoryData<string>();
        foreach (var url in All)
        {
            data.Add(url);
        }

        return data;
    }

    /// <summary>
    /// One page of each kind: the fixed pages, one article, one answer and the 404 page. For the slow tests whose
    /// result depends on the templates rather than on the words.
    /// </summary>
    public static TheoryData<string> OneOfEachKindAsTheory()
    {
        var data = new TheoryData<string>();
        var first = new HashSet<string>(StringComparer.Ordinal);
        foreach (var url in All)
        {
            var kind = url.Count(c => c == '/') > 1 ? url[..url.LastIndexOf('/')] : url;
            if (first.Add(kind))
            {
                data.Add(url);
            }
        }

        return data;
    }

    public static TheoryData<string> ArticlesAsTheory()
    {
        var data = new TheoryData<string>();
        foreach (var url in All.Where(u => u.StartsWith("/articles/", StringComparison.Ordinal)))
        {
            data.Add(url);
        }

        return data;
    }

    private static List<string> Load()
    {
        using var factory = new SiteFactory();
        var library = factory.Services.GetRequiredService<ContentLibraryProvider>().Current;
        return
        [
            .. PageTests.FixedPages.Select(row => (string)row[0]),
            .. library.Articles.Select(a => a.Url),
            .. library.Faq.Select(f => f.Url),
            NotFound,
        ];
    }
}
