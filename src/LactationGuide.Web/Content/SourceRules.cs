using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace LactationGuide.Web.Content;

/// <summary>
/// What every cited source must give, wherever it is written (an article's front matter, the warning signs), and
/// how a source is written out in a source list.
/// </summary>
internal static partial class SourceRules
{
    /// <summary>What is wrong with a source as written, or null; <paramref name="seen"/> holds the ids before it.</summary>
    public static string? Problem(SourceFrontMatter s, IReadOnlySet<string> seen) => s switch
    {
        { Id: null } => "every source needs an id",
        { Id: var id } when !SlugPattern().IsMatch(id) => $"source id '{id}' must be lowercase letters, digits and hyphens",
        { Id: var id } when seen.Contains(id) => $"source id '{id}' is used twice",
        { Title: null or "" } => $"source '{s.Id}' needs a title",
        { Authors: null, Publisher: null } => $"source '{s.Id}' needs authors or a publisher",
        { Year: < 1900 or > 2100 } => $"source '{s.Id}' has an impossible year",
        { Accessed: { } a } when !IsDate(a) => $"source '{s.Id}' accessed must be a date written as YYYY-MM-DD",
        { Accessed: not null, Url: null } => $"source '{s.Id}' gives an access date, so it needs the url that was accessed",
        { Url: { } url } when !IsHttps(url) => $"source '{s.Id}' url must be a full https address",
        { Url: not null, NoUrl: not null } => $"source '{s.Id}' has a url, so it needs no noUrl",
        { Url: null, NoUrl: null } or { Url: null, NoUrl: "" } =>
            $"source '{s.Id}' needs a url a reader can check (a DOI, PubMed or the publisher's page), or noUrl: the reason it has none",
        _ => null,
    };

    /// <summary>The checked source; call only when <see cref="Problem"/> found nothing.</summary>
    public static Source ToSource(SourceFrontMatter s) => new(
        s.Id!, s.Title!, s.Authors, s.Publisher, s.Year,
        s.Accessed is null ? null : DateOnly.ParseExact(s.Accessed, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        s.Url is null ? null : new Uri(s.Url),
        s.NoUrl?.Trim());

    /// <summary>The source as it reads in a source list, in Markdown: authors, title, publisher, year, access date, address.</summary>
    public static string Markdown(Source s)
    {
        var markdown = new StringBuilder();
        if (s.Authors is not null)
        {
            markdown.Append(Escape(s.Authors)).Append(". ");
        }

        markdown.Append('*').Append(Escape(s.Title)).Append("*. ");
        if (s.Publisher is not null)
        {
            markdown.Append(Escape(s.Publisher)).Append(", ");
        }

        // An undated web page is cited as "no date", the usual convention, rather than with a guessed year.
        markdown.Append(s.Year is { } year ? year.ToString(CultureInfo.InvariantCulture) : "No date").Append('.');

        if (s.Accessed is { } accessed)
        {
            markdown.Append(" Accessed ").Append(accessed.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)).Append('.');
        }

        if (s.Url is not null)
        {
            markdown.Append(" <").Append(s.Url.AbsoluteUri).Append('>');
        }
        else if (s.NoUrl is not null)
        {
            markdown.Append(" No web address: ").Append(Escape(s.NoUrl.TrimEnd('.'))).Append('.');
        }

        return markdown.ToString();
    }

    private static string Escape(string text) => MarkdownSpecial().Replace(text, @"\$0");

    private static bool IsDate(string text) => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static bool IsHttps(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == "https";

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    internal static partial Regex SlugPattern();

    [GeneratedRegex(@"[\\`*_{}\[\]<>()#+!|~^]")]
    private static partial Regex MarkdownSpecial();
}
