using LactationGuide.Web.Content;
using LactationGuide.Web.Search;
using Microsoft.Extensions.DependencyInjection;

namespace LactationGuide.Web.Tests.Content;

/// <summary>
/// The content and the search index load while the server starts (the host starts its services side by side): a
/// request that arrives meanwhile must get the whole site, (broken content still stops it: <see cref="BrokenContentStartupTests"/>).
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class ContentStartupTests(SiteFactory site)
{
    [Fact]
    public async Task A_page_asked_for_while_the_content_loads_waits_for_the_whole_library()
    {
        using var provider = ActivatorUtilities.CreateInstance<ContentLibraryProvider>(site.Services);

        var starting = provider.StartAsync(CancellationToken.None);
        var library = provider.Current;

        var loaded = site.Services.GetRequiredService<ContentLibraryProvider>().Current;
        Assert.Equal(loaded.Articles.Select(a => a.Slug), library.Articles.Select(a => a.Slug));
        Assert.Equal(loaded.Faq.Length, library.Faq.Length);
        Assert.True(provider.IsLoaded);
        await starting;
    }

    [Fact]
    public async Task A_search_made_while_the_index_is_built_waits_for_it_and_finds_answers()
    {
        using var provider = ActivatorUtilities.CreateInstance<ContentLibraryProvider>(site.Services);
        using var search = ActivatorUtilities.CreateInstance<SiteSearch>(site.Services, provider);

        var starting = Task.WhenAll(provider.StartAsync(CancellationToken.None), search.StartAsync(CancellationToken.None));
        var results = search.Search("pump");

        Assert.NotEmpty(results.Hits);
        Assert.True(search.IsReady);
        await starting;
    }
}
