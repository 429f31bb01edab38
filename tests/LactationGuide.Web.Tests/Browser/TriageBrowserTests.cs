using LactationGuide.Web.WarningSigns;
using Microsoft.Playwright;

namespace LactationGuide.Web.Tests.Browser;

/// <summary>"Is my baby unwell?" as a worried parent opens it on a phone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TriageBrowserTests(BrowserSite site)
{
    [BrowserTheory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Every_emergency_sign_is_on_the_first_screen_of_a_phone(ColorScheme scheme)
    {
        await using var context = await site.NewContextAsync(BrowserSite.Phone, scheme);
        var (page, _) = await BrowserSite.OpenAsync(context, "/unwell");

        var bottoms = await page.EvaluateAsync<double[]>(
            "() => [...document.querySelectorAll('.triage > .callout-emergency li[id]')].map(li => li.getBoundingClientRect().bottom)");

        var emergency = site.Library.WarningSigns!.Signs.Count(s => s.Level == WarningLevel.Emergency && s.For == SignAudience.Baby);
        Assert.Equal(emergency, bottoms.Length);
        Assert.True(bottoms.Max() <= BrowserSite.Phone.Height, $"the last emergency sign ends at {bottoms.Max():0} px, below the first screen ({BrowserSite.Phone.Height} px)");
    }

    [BrowserFact]
    public async Task The_header_link_opens_the_page_in_one_tap_from_an_article()
    {
        await using var context = await site.NewContextAsync(BrowserSite.Phone);
        var (page, _) = await BrowserSite.OpenAsync(context, site.Library.Articles[0].Url);

        var link = page.Locator("header a.unwell-link");
        var box = await link.BoundingBoxAsync();
        Assert.True(box is { Y: < 100, Height: >= 44 }, $"the link is at {box?.Y} px, {box?.Height} px tall");
        await link.ClickAsync();

        await page.WaitForURLAsync("**/unwell");
        Assert.Equal("Is my baby unwell?", await page.Locator("main h1").TextContentAsync());
    }
}
