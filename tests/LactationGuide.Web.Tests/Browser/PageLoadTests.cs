namespace LactationGuide.Web.Tests.Browser;

/// <summary>
/// What only a browser shows: that the strict Content-Security-Policy blocks nothing the pages need, that nothing a
/// page asks for is missing (on the 404 page too), that the manifest loads, and that a page asks no other site for
/// anything.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PageLoadTests(BrowserSite site)
{
    [BrowserTheory]
    [MemberData(nameof(SitePages.AllAsTheory), MemberType = typeof(SitePages))]
    public async Task Page_loads_without_console_errors_or_requests_to_other_sites(string path)
    {
        await using var context = await site.NewContextAsync(BrowserSite.Desktop);
        var origin = site.BaseAddress.GetLeftPart(UriPartial.Authority);
        var elsewhere = new List<string>();
        context.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(origin, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                elsewhere.Add(request.Url);
            }
        };

        var (page, errors) = await BrowserSite.OpenAsync(context, path, Microsoft.Playwright.WaitUntilState.NetworkIdle);
        // Browsers fetch the manifest and icons lazily; ask for them the way an install prompt would.
        var manifest = await page.EvaluateAsync<int>("fetch(document.querySelector('link[rel=manifest]').href).then(r => r.status)");

        Assert.Empty(errors);
        Assert.Empty(elsewhere);
        Assert.Equal(200, manifest);
    }
}
