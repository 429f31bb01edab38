using System.Collections.Immutable;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace LactationGuide.Web.Search;

public enum SearchHitKind
{
    Article,
    Question,
    Glossary,
}

/// <summary>One place on the site that matches: an article section, an FAQ answer or a glossary term.</summary>
/// <param name="Heading">The section heading, the article title for its introduction, the question, or the term.</param>
/// <param name="ArticleTitle">For an article section, the title of the article it is in.</param>
public sealed record SearchHit(SearchHitKind Kind, string Url, MarkedText Heading, MarkedText? ArticleTitle, MarkedText Snippet);

/// <summary>How the results relate to what the reader typed.</summary>
public enum SearchMatch
{
    /// <summary>Every result matches every word (or one of its synonyms).</summary>
    AllWords,

    /// <summary>Nothing matched every word; these results match some of them, best first.</summary>
    SomeWords,
}

/// <param name="CorrectedText">What was searched instead when the words as typed found nothing ("mastitis" for "mastitus").</param>
public sealed record SearchResults(SearchQuery Query, string? CorrectedText, SearchMatch Match, ImmutableArray<SearchHit> Hits)
{
    /// <summary>The warning signs the query names in a parent's words, most urgent first: shown above the results.</summary>
    public ImmutableArray<WarningSigns.WarningSign> Signs { get; init; } = [];

    public static SearchResults None(SearchQuery query) => new(query, null, SearchMatch.AllWords, []);
}

/// <summary>
/// Text from the index with the matched words between <see cref="Start"/> and <see cref="End"/> markers. Written
/// to a page it is HTML-encoded, and only the markers become <c>&lt;mark&gt;</c>: nothing in the content or the
/// query can add markup.
/// </summary>
public sealed record MarkedText(string Text) : IHtmlContent
{
    /// <summary>Control characters: the index strips them from content, and queries cannot contain them.</summary>
    public const char Start = '\u0002';

    public const char End = '\u0003';

    public string PlainText => Text.Replace(Start.ToString(), "", StringComparison.Ordinal).Replace(End.ToString(), "", StringComparison.Ordinal);

    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        var open = false;
        var from = 0;
        for (var i = 0; i <= Text.Length; i++)
        {
            if (i < Text.Length && Text[i] is not (Start or End))
            {
                continue;
            }

            encoder.Encode(writer, Text, from, i - from);
            from = i + 1;
            if (i == Text.Length)
            {
                break;
            }

            if (Text[i] == Start && !open)
            {
                writer.Write("<mark>");
                open = true;
            }
            else if (Text[i] == End && open)
            {
                writer.Write("</mark>");
                open = false;
            }
        }

        if (open)
        {
            writer.Write("</mark>");
        }
    }

    public override string ToString() => PlainText;
}
