using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using LactationGuide.Web.Content;
using LactationGuide.Web.Seo;
using Microsoft.Extensions.DependencyInjection;

namespace LactationGuide.Web.Tests.Seo;

[Collection(SiteCollection.Name)]
public sealed class LinkPreviewTests(SiteFactory site)
{
    private readonly HttpClient _client = site.CreateClient();

    private ContentLibrary Library => site.Services.GetRequiredService<ContentLibraryProvider>().Current;

    [Fact]
    public async Task Shared_article_link_previews_its_title_summary_and_the_site_image()
    {
        var article = Library.Articles[0];

        var (_, page) = await HtmlPage.GetAsync(_client, article.Url);

        var url = SiteFactory.PublicBaseUrl.TrimEnd('/') + article.Url;
        Assert.Equal(url, page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal(article.Summary, Meta(page, "name", "description"));
        Assert.Equal("article", Meta(page, "property", "og:type"));
        Assert.Equal(article.Title, Meta(page, "property", "og:title"));
        Assert.Equal(article.Summary, Meta(page, "property", "og:description"));
        Assert.Equal(url, Meta(page, "property", "og:url"));
        Assert.Equal(SiteFactory.PublicBaseUrl + "images/og-image.png", Meta(page, "property", "og:image"));
        Assert.Equal("1200", Meta(page, "property", "og:image:width"));
        Assert.Equal("630", Meta(page, "property", "og:image:height"));
        Assert.NotEmpty(Meta(page, "property", "og:image:alt"));
        Assert.Equal(article.LastReviewed.ToString("yyyy-MM-dd"), Meta(page, "property", "article:modified_time"));
        Assert.Equal("summary_large_image", Meta(page, "name", "twitter:card"));
        Assert.Equal(article.Title, Meta(page, "name", "twitter:title"));
        Assert.Equal(article.Summary, Meta(page, "name", "twitter:description"));
        Assert.Equal(Meta(page, "property", "og:image"), Meta(page, "name", "twitter:image"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/faq")]
    [InlineData("/glossary")]
    [InlineData("/about")]
    public async Task Other_pages_preview_as_a_website(string url)
    {
        var (_, page) = await HtmlPage.GetAsync(_client, url);

        Assert.Equal("website", Meta(page, "property", "og:type"));
        Assert.Equal(page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"), Meta(page, "property", "og:url"));
        Assert.NotEmpty(Meta(page, "property", "og:title"));
        Assert.NotEmpty(Meta(page, "property", "og:description"));
    }

    [Fact]
    public async Task Addresses_in_previews_come_from_the_configured_base_url_not_the_host_header()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/about");
        request.Headers.Host = "evil.example";

        var page = HtmlPage.Parse(await (await _client.SendAsync(request)).Content.ReadAsStringAsync());

        Assert.Equal(SiteFactory.PublicBaseUrl + "about", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal(SiteFactory.PublicBaseUrl + "images/og-image.png", Meta(page, "property", "og:image"));
    }

    /// <summary>Hazard H-11: a search link shared with made-up "advice" in its query must not preview it under the site's name.</summary>
    [Fact]
    public async Task A_shared_search_link_previews_none_of_its_query()
    {
        const string Planted = "NHS warning: stop breastfeeding and call 0900 123 456";

        var (_, page) = await HtmlPage.GetAsync(_client, "/search?q=" + Uri.EscapeDataString(Planted));

        var preview = string.Join('\n', page.QuerySelectorAll("head title, head meta[content], head link[href]")
            .Select(e => e.LocalName == "title" ? e.TextContent : e.GetAttribute("content") ?? e.GetAttribute("href")));
        Assert.Equal("Search results", Meta(page, "property", "og:title"));
        Assert.DoesNotContain("NHS", preview);
        Assert.DoesNotContain("0900", preview);
        Assert.DoesNotContain("stop breastfeeding", preview, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Trailing_slash_has_the_same_canonical_address()
    {
        var (_, page) = await HtmlPage.GetAsync(_client, "/about/");

        Assert.Equal(SiteFactory.PublicBaseUrl + "about", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Missing_page_has_no_canonical_address_or_preview()
    {
        var (response, page) = await HtmlPage.GetAsync(_client, "/faq/no-such-question");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(page.QuerySelector("link[rel=canonical]"));
        Assert.Null(page.QuerySelector("meta[property='og:url']"));
    }

    [Fact]
    public async Task Article_json_ld_is_a_medical_web_page_with_its_review_date_and_sources()
    {
        var article = Library.Articles[0];

        var data = await JsonLd(article.Url);

        Assert.Equal("https://schema.org", (string?)data["@context"]);
        Assert.Equal("MedicalWebPage", (string?)data["@type"]);
        Assert.Equal(article.Title, (string?)data["name"]);
        Assert.Equal(article.LastReviewed.ToString("yyyy-MM-dd"), (string?)data["lastReviewed"]);
        Assert.Equal(SiteFactory.PublicBaseUrl.TrimEnd('/') + article.Url, (string?)data["url"]);
        Assert.Equal(article.Sources.Select(s => s.Title), data["citation"]!.AsArray().Select(c => (string?)c!["name"]));
        Assert.Null(data["reviewedBy"]); // No clinician has reviewed it, so none is named.
    }

    [Fact]
    public async Task Faq_json_ld_is_an_faq_page_with_every_question_and_answer()
    {
        var data = await JsonLd("/faq");

        Assert.Equal("FAQPage", (string?)data["@type"]);
        var questions = data["mainEntity"]!.AsArray();
        Assert.Equal(Library.Faq.Select(f => f.Question), questions.Select(q => (string?)q!["name"]));
        Assert.Equal(Library.Faq.Select(f => f.AnswerText), questions.Select(q => (string?)q!["acceptedAnswer"]!["text"]));
    }

    [Fact]
    public async Task Single_question_page_has_faq_json_ld_for_that_question()
    {
        var entry = Library.Faq[0];

        var data = await JsonLd(entry.Url);

        Assert.Equal("FAQPage", (string?)data["@type"]);
        Assert.Equal(entry.Question, (string?)Assert.Single(data["mainEntity"]!.AsArray())!["name"]);
    }

    [Fact]
    public void Json_ld_text_cannot_close_its_script_element()
    {
        var hostile = "</script><script>alert(1)</script><!--";

        var json = StructuredData.Serialize(new JsonObject { ["name"] = hostile });

        Assert.DoesNotContain("<", json);
        Assert.DoesNotContain(">", json);
        Assert.Equal(hostile, (string?)JsonNode.Parse(json)!["name"]);
    }

    private async Task<JsonNode> JsonLd(string url)
    {
        var (_, page) = await HtmlPage.GetAsync(_client, url);
        var script = Assert.Single(page.QuerySelectorAll("head script[type='application/ld+json']"));
        return JsonNode.Parse(script.TextContent) ?? throw new JsonException("empty JSON-LD");
    }

    private static string Meta(IDocument page, string attribute, string name) =>
        page.QuerySelector($"meta[{attribute}='{name}']")?.GetAttribute("content") ?? "";
}
