using System.Net;
using LactationGuide.Web.Content;
using Microsoft.Extensions.DependencyInjection;
using QRCoder;

namespace LactationGuide.Web.Tests.Pages;

/// <summary>The server's half of reading and sharing: handouts, printed addresses, glossary meanings, CSP-ready markup.</summary>
[Collection(SiteCollection.Name)]
public sealed class SharingPageTests(SiteFactory site)
{
    private readonly HttpClient _client = site.CreateClient();

    private ContentLibrary Library => site.Services.GetRequiredService<ContentLibraryProvider>().Current;

    [Theory]
    [InlineData("/articles/milk-storage")]
    [InlineData("/faq/getting-enough")]
    [InlineData("/faq")]
    public async Task Shareable_page_carries_a_handout_with_its_public_address_and_a_QR_code_of_it(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Host = "attacker.example";

        var response = await _client.SendAsync(request);
        var page = HtmlPage.Parse(await response.Content.ReadAsStringAsync());

        var address = SiteFactory.PublicBaseUrl + url[1..];
        Assert.Equal(address, page.QuerySelector("main .handout .handout-url").Text());
        var qr = page.QuerySelector("main .handout svg.handout-qr");
        Assert.NotNull(qr);
        Assert.Equal("true", qr.GetAttribute("aria-hidden"));
        Assert.Equal(ExpectedQrPath(address), qr.QuerySelector("path")?.GetAttribute("d"));
        Assert.Equal("#000000", qr.QuerySelector("path")?.GetAttribute("fill"));
        Assert.DoesNotContain("attacker.example", page.DocumentElement.OuterHtml);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/glossary")]
    [InlineData("/about")]
    [InlineData(SitePages.NotFound)]
    public async Task Page_that_is_not_a_handout_has_no_QR_code(string url)
    {
        var (_, page) = await HtmlPage.GetAsync(_client, url);

        Assert.Null(page.QuerySelector(".handout"));
    }

    [Fact]
    public async Task Every_page_is_ready_for_a_strict_content_security_policy()
    {
        var problems = new List<string>();
        foreach (var url in SitePages.All)
        {
            var (_, page) = await HtmlPage.GetAsync(_client, url);
            // JSON-LD is data the browser never runs, so the script-src policy does not apply to it.
            problems.AddRange(page.QuerySelectorAll("script:not([src]):not([type='application/ld+json'])").Select(_ => $"{url}: inline <script>"));
            problems.AddRange(page.QuerySelectorAll("style").Select(_ => $"{url}: <style> block"));
            problems.AddRange(page.QuerySelectorAll("[style]").Select(e => $"{url}: style attribute on <{e.LocalName}>"));
            problems.AddRange(page.QuerySelectorAll("*")
                .SelectMany(e => e.Attributes.Where(a => a.Name.StartsWith("on", StringComparison.Ordinal)).Select(a => $"{url}: {a.Name} on <{e.LocalName}>")));
        }

        Assert.Empty(problems);
    }

    [Fact]
    public async Task Theme_script_runs_before_the_stylesheet_and_the_site_script_waits_for_the_page()
    {
        var (_, page) = await HtmlPage.GetAsync(_client, "/");

        var head = page.Head!.Children.Where(e => e.LocalName is "script" or "link").ToList();
        var theme = head.FindIndex(e => e.GetAttribute("src")?.StartsWith("/js/theme", StringComparison.Ordinal) == true);
        var stylesheet = head.FindIndex(e => e.GetAttribute("rel") == "stylesheet");
        Assert.InRange(theme, 0, stylesheet - 1);
        Assert.False(head[theme].HasAttribute("defer") || head[theme].HasAttribute("async"), "theme.js must block, or the wrong theme flashes");
        Assert.True(page.QuerySelector("script[src^='/js/site']")?.HasAttribute("defer"));
    }

    [Fact]
    public async Task Layout_has_one_polite_live_region_and_a_theme_toggle_hidden_until_javascript_runs()
    {
        var (_, page) = await HtmlPage.GetAsync(_client, "/");

        var live = Assert.Single(page.QuerySelectorAll("[aria-live]"));
        Assert.Equal("polite", live.GetAttribute("aria-live"));
        var toggle = page.QuerySelector("header button.theme-toggle");
        Assert.True(toggle?.HasAttribute("hidden"));
        Assert.Equal("false", toggle!.GetAttribute("aria-pressed"));
    }

    [Fact]
    public async Task Article_page_carries_the_meaning_of_each_word_it_links_to_in_the_glossary()
    {
        var article = Library.Articles.First(a => a.GlossaryLinks.Length > 2);

        var (_, page) = await HtmlPage.GetAsync(_client, article.Url);

        var linked = page.QuerySelectorAll(".prose a[href^='/glossary#']").Select(a => a.GetAttribute("href")!.Split('#')[1]).Distinct();
        var meanings = page.QuerySelector("dl#page-glossary[hidden]");
        Assert.NotNull(meanings);
        Assert.Equal(linked, meanings.QuerySelectorAll("dd").Select(dd => dd.GetAttribute("data-term")));
        var first = Library.Glossary.Single(g => g.Slug == article.GlossaryLinks[0]);
        Assert.Equal(first.Term, meanings.QuerySelector($"dt[data-term='{first.Slug}']").Text());
        Assert.Equal(first.DefinitionText.Trim(), meanings.QuerySelector($"dd[data-term='{first.Slug}']").Text());
    }

    [Fact]
    public async Task Script_and_styles_for_reading_and_sharing_are_served()
    {
        var (_, page) = await HtmlPage.GetAsync(_client, "/");

        foreach (var src in page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!))
        {
            var response = await _client.GetAsync(src);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        }
    }

    private static string ExpectedQrPath(string address)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(address, QRCodeGenerator.ECCLevel.M);
        var svg = HtmlPage.Parse(new SvgQRCode(data).GetGraphic(1, "#000000", "#ffffff", true, SvgQRCode.SizingMode.ViewBoxAttribute));
        return svg.QuerySelector("path")!.GetAttribute("d")!;
    }
}
