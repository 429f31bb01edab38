using Microsoft.Playwright;

namespace LactationGuide.Web.Tests.Browser;

/// <summary>
/// What only a browser shows: that the strict Content-Security-Policy blocks nothing the pages need, that the
/// favicon and manifest load without errors, and that a page asks no other site for anything.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PageLoadTests(BrowserSite site)
{
    public static TheoryData<string> Pages() =>
        ["/", "/articles/hormones-and-let-down", "/articles/milk-storage", "/faq", "/faq/mastitis", "/glossary", "/about", "/articles/no-such-page"];

    [BrowserTheory]
    [MemberData(nameof(Pages))]
    public async Task Page_loads_without_console_errors_or_requests_to_other_sites(string path)
    {
        await using var context = await site.NewContextAsync(BrowserSite.Desktop);
        var page = await context.NewPageAsync();
        var origin = site.BaseAddress.GetLeftPart(UriPartial.Authority);
        var errors = new List<string>();
        var elsewhere = new List<string>();
        page.Console += (_, message) =>
        {
            // The 404 page's own status is reported as a console error by Chromium; that is the page working.
            if (message.Type == "error" && !(path.Contains("no-such") && message.Text.Contains("404")))
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        page.RequestFailed += (_, request) => errors.Add($"failed: {request.Url}");
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(origin, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                elsewhere.Add(request.Url);
            }
        };

        await page.GotoAsync(new Uri(site.BaseAddress, path).ToString(), new() { WaitUntil = WaitUntilState.NetworkIdle });
        // Browsers fetch the manifest and icons lazily; ask for them the way an install prompt would.
        var manifest = await page.EvaluateAsync<int>("fetch(document.querySelector('link[rel=manifest]').href).then(r => r.status)");

        Assert.Empty(errors);
        Assert.Empty(elsewhere);
        Assert.Equal(200, manifest);
    }
}
