using System.Net;
using System.Xml.Linq;

namespace LactationGuide.Web.Tests.Site;

/// <summary>
/// Every "now" the site uses comes from its <see cref="TimeProvider"/>: set it, and the pages follow, whatever the
/// machine's calendar says. (The tests' sites run on <see cref="TestClock.Now"/>.)
/// </summary>
public sealed class SiteClockTests : IDisposable
{
    private readonly SiteFactory _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Last_modified_and_the_sitemap_date_of_a_plain_page_are_when_the_content_was_loaded_by_the_sites_clock()
    {
        var client = _site.CreateClient();

        var page = await client.GetAsync("/about");
        var sitemap = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));

        Assert.Equal(TestClock.Now, page.Content.Headers.LastModified);
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var about = sitemap.Descendants(ns + "url").Single(u => u.Element(ns + "loc")!.Value == SiteFactory.PublicBaseUrl + "about");
        Assert.Equal("2026-11-22", about.Element(ns + "lastmod")!.Value);
    }

    [Fact]
    public async Task The_planners_future_begins_14_hours_after_the_sites_now_and_moves_with_its_clock()
    {
        var client = _site.CreateClient();
        const string Url = "/tools/milk-storage?expressed=2026-11-23T02:01&been=fridge+2026-11-23T02:01&to=still&guideline=cdc";

        // Noon UTC plus 14 hours (the furthest time zone ahead) is 02:00 the next day: a minute later has not come yet.
        var early = await HtmlPage.GetAsync(client, Url);
        _site.Clock.Advance(TimeSpan.FromMinutes(1));
        var onTime = await HtmlPage.GetAsync(client, Url);

        Assert.Equal(HttpStatusCode.BadRequest, early.Response.StatusCode);
        Assert.Contains("has not come yet", early.Document.QuerySelector(".error-summary").Text());
        Assert.Equal(HttpStatusCode.OK, onTime.Response.StatusCode);
        Assert.StartsWith("Use by", onTime.Document.QuerySelector("#result-heading").Text());
    }
}
