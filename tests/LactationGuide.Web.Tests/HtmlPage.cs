using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace LactationGuide.Web.Tests;

/// <summary>Fetches a page and parses it the way a browser would, so tests can assert on selectors.</summary>
internal static class HtmlPage
{
    private static readonly HtmlParser Parser = new();

    public static async Task<(HttpResponseMessage Response, IDocument Document)> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        return (response, await Parser.ParseDocumentAsync(html));
    }

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    public static string Text(this IElement? element) => element?.TextContent.Trim() ?? "";
}
