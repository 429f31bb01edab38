using System.Collections.Immutable;
using System.Text;

namespace LactationGuide.Web.Search;

/// <summary>
/// One thing the reader asked for: a word, or a phrase from the synonym list together with its synonyms.
/// A result must match one of <see cref="Alternatives"/>.
/// </summary>
/// <param name="Typed">The words as the reader typed them, for "Showing results for …".</param>
/// <param name="Alternatives">Each alternative is a phrase: words that must appear next to each other.</param>
public sealed record SearchTerm(string Typed, ImmutableArray<ImmutableArray<string>> Alternatives)
{
    /// <summary>A single word that is not in the synonym list: the only kind of term a typo fix may replace.</summary>
    public bool IsPlainWord => Alternatives is [{ Length: 1 }] && !Typed.Contains(' ');

    public static SearchTerm Word(string word) => new(word, [[word]]);

    /// <summary>
    /// Reads a query's words into terms, longest synonym phrase first ("let down" before "down"). Common words
    /// that are not part of a phrase are left out, unless nothing else is left.
    /// </summary>
    public static ImmutableArray<SearchTerm> From(ImmutableArray<string> words, SearchSynonyms synonyms)
    {
        var terms = ImmutableArray.CreateBuilder<SearchTerm>();
        var stopWords = new List<SearchTerm>();
        for (var i = 0; i < words.Length;)
        {
            var (term, length) = LongestSynonymAt(words, i, synonyms);
            if (term is null)
            {
                term = Word(words[i]);
                if (SearchQuery.IsStopWord(words[i]))
                {
                    stopWords.Add(term);
                    term = null;
                }
            }

            if (term is not null && !terms.Any(t => t.Typed == term.Typed))
            {
                terms.Add(term);
            }

            i += length;
        }

        return terms.Count > 0 ? terms.ToImmutable() : [.. stopWords.DistinctBy(t => t.Typed)];
    }

    /// <summary>
    /// This term as an FTS5 expression. Every phrase is a quoted string, so nothing the reader typed can be
    /// read as FTS5 syntax (<c>NEAR</c>, <c>AND</c>, <c>*</c>, <c>^</c>, column filters); the words hold only
    /// letters and digits anyway, and quotes are doubled as FTS5 requires in case that ever changes.
    /// </summary>
    public string ToFtsExpression()
    {
        var phrases = Alternatives.Select(p => "\"" + string.Join(' ', p).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
        return Alternatives.Length == 1 ? phrases.Single() : "(" + string.Join(" OR ", phrases) + ")";
    }

    /// <summary>Results must match every term.</summary>
    public static string AllOf(IEnumerable<SearchTerm> terms) => Join(terms, " AND ");

    /// <summary>Results must match at least one term; bm25 ranks those that match more of them first.</summary>
    public static string AnyOf(IEnumerable<SearchTerm> terms) => Join(terms, " OR ");

    private static string Join(IEnumerable<SearchTerm> terms, string separator)
    {
        var expression = new StringBuilder();
        foreach (var term in terms)
        {
            if (expression.Length > 0)
            {
                expression.Append(separator);
            }

            expression.Append(term.ToFtsExpression());
        }

        return expression.ToString();
    }

    private static (SearchTerm? Term, int Length) LongestSynonymAt(ImmutableArray<string> words, int start, SearchSynonyms synonyms)
    {
        for (var length = Math.Min(synonyms.LongestPhrase, words.Length - start); length >= 1; length--)
        {
            var phrase = string.Join(' ', words.Skip(start).Take(length));
            var group = synonyms.GroupOf(phrase);
            if (!group.IsDefault)
            {
                return (new SearchTerm(phrase, group), length);
            }
        }

        return (null, 1);
    }
}
