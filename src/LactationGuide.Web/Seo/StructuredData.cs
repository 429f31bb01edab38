using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using LactationGuide.Web.Content;
using LactationGuide.Web.Site;
using Microsoft.Extensions.Options;

namespace LactationGuide.Web.Seo;

/// <summary>
/// schema.org JSON-LD for search engines: what a page is, when it was last reviewed and what it cites.
/// </summary>
public sealed class StructuredData(SiteUrls urls, IOptions<SiteOptions> options)
{
    /// <summary>
    /// The default encoder writes <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> as <c>\u003C</c> and so on, so no title or
    /// answer can close the &lt;script&gt; element the JSON sits in.
    /// </summary>
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Default };

    private readonly string _siteName = options.Value.SiteName;

    public static string Serialize(JsonNode data) => data.ToJsonString(Json);

    public JsonObject WebSite(string description) => new()
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "WebSite",
        ["name"] = _siteName,
        ["url"] = urls.Absolute("/").ToString(),
        ["description"] = description,
        ["inLanguage"] = "en-GB",
    };

    /// <summary>
    /// An article as a MedicalWebPage. <c>reviewedBy</c> names a clinician only when one really reviewed it; a
    /// source check by the team still counts as a review for accuracy, which is what <c>lastReviewed</c> means.
    /// </summary>
    public JsonObject Article(Article article)
    {
        var page = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "MedicalWebPage",
            ["name"] = article.Title,
            ["headline"] = article.Title,
            ["description"] = article.Summary,
            ["url"] = urls.Absolute(article.Url).ToString(),
            ["inLanguage"] = "en-GB",
            ["lastReviewed"] = article.LastReviewed.ToString("yyyy-MM-dd"),
            ["dateModified"] = article.LastChanged.ToString("yyyy-MM-dd"),
            ["isPartOf"] = new JsonObject { ["@type"] = "WebSite", ["name"] = _siteName, ["url"] = urls.Absolute("/").ToString() },
            ["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = _siteName, ["url"] = urls.Absolute("/").ToString() },
            ["citation"] = new JsonArray([.. article.Sources.Select(Citation)]),
        };
        if (article.ReviewStatus == ReviewStatus.ClinicianReviewed && article.ReviewedBy is { } reviewer)
        {
            page["reviewedBy"] = new JsonObject { ["@type"] = "Person", ["name"] = reviewer };
        }

        return page;
    }

    public JsonObject FaqPage(IEnumerable<FaqEntry> entries) => new()
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "FAQPage",
        ["inLanguage"] = "en-GB",
        ["mainEntity"] = new JsonArray([.. entries.Select(Question)]),
    };

    private JsonObject Question(FaqEntry entry) => new()
    {
        ["@type"] = "Question",
        ["name"] = entry.Question,
        ["url"] = urls.Absolute(entry.Url).ToString(),
        ["acceptedAnswer"] = new JsonObject { ["@type"] = "Answer", ["text"] = entry.AnswerText },
    };

    private static JsonObject Citation(Source source)
    {
        var work = new JsonObject { ["@type"] = "CreativeWork", ["name"] = source.Title };
        if (source.Authors is { } authors)
        {
            work["author"] = authors;
        }

        if (source.Publisher is { } publisher)
        {
            work["publisher"] = publisher;
        }

        if (source.Year is { } year)
        {
            work["datePublished"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (source.Url is { } url)
        {
            work["url"] = url.ToString();
        }

        return work;
    }
}
