using System.Collections.Immutable;

namespace LactationGuide.Web.Search;

/// <summary>
/// One thing the reader asked for: a word, or a phrase from the synonym list together with its synonyms.
/// A place matches the term when it holds one of <see cref="Alternatives"/>.
/// </summary>
/// <param name="Typed">The words as the reader typed them, for "Showing results for …".</param>
/// <param name="Alternatives">Each alternative is a phrase: words that must appear next to each other.</param>
public sealed record SearchTerm(string Typed, ImmutableArray<ImmutableArray<string>> Alternatives)
{
    /// <summary>A single word that is not in the synonym list: the only kind of term a typo fix may replace.</summary>
    public bool IsPlainWord => Alternatives is [{ Length: 1 }] && !Typed.Contains(' ');

    /// <summary>
    /// Words that say what kind of answer is wanted ("normal", "safe") rather than what it is about: a plain word from
    /// <see cref="SearchQuery.IsFillerWord"/>.
    /// </summary>
    public bool IsFiller => IsPlainWord && SearchQuery.IsFillerWord(Typed);

    public static SearchTerm Word(string word) => new(word, [[word]]);

    /// <summary>
    /// Reads a query's words into terms, longest synonym phrase first ("let down" before "down"), phrases matched
    /// without determiners ("my", "the"). Common words that are not part of a phrase are left out, unless nothing
    /// else is left.
    /// </summary>
    public static ImmutableArray<SearchTerm> From(ImmutableArray<string> words, SearchSynonyms synonyms)
    {
        var terms = ImmutableArray.CreateBuilder<SearchTerm>();
        var stopWords = new List<SearchTerm>();
        var meaningful = words.Where(w => !SearchQuery.IsDeterminer(w)).ToImmutableArray();
        for (var i = 0; i < meaningful.Length;)
        {
            var (term, length) = LongestSynonymAt(meaningful, i, synonyms);
            if (term is null)
            {
                term = Word(meaningful[i]);
                if (SearchQuery.IsStopWord(meaningful[i]))
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

        if (terms.Count > 0)
        {
            return terms.ToImmutable();
        }

        return stopWords.Count > 0 ? [.. stopWords.DistinctBy(t => t.Typed)] : [.. words.Distinct().Select(Word)];
    }

    /// <summary>
    /// This term as an FTS5 expression. Every phrase is a quoted string, so nothing the reader typed can be
    /// read as FTS5 syntax (<c>NEAR</c>, <c>AND</c>, <c>*</c>, <c>^</c>, column filters); the words hold only
    /// letters and digits anyway, and quotes are doubled as FTS5 requires in case that ever changes.
    /// </summary>
    public string ToFtsExpression()
    {
        var phrases = Alternatives.Select(p => Quote(string.Join(' ', p)));
        return Alternatives.Length == 1 ? phrases.Single() : "(" + string.Join(" OR ", phrases) + ")";
    }

    /// <summary>
    /// The word as the reader typed it, with the other forms of that word in its synonym group ("breastfeed",
    /// "breastfeeds", "breastfeeding", not "nursing"), as an FTS5 expression: the same as <see cref="ToFtsExpression"/>
    /// for a plain word. A phrase is itself only.
    /// </summary>
    /// <remarks>
    /// A place holding the typed word counts by that word's rarity. The stemmer does not always give a word's forms
    /// one stem ("breastfeed" and "breastfeeding" differ), and a form the guide seldom uses would make any place holding
    /// it look like the one answer; its other forms count with it. Forms are told by a shared start: all but the last
    /// three letters of the shorter word, and at least three ("make" and "making", not "make" and "made").
    /// </remarks>
    public string ToFtsExpressionAsTyped()
    {
        if (Alternatives.Length == 1)
        {
            return ToFtsExpression();
        }

        if (Typed.Contains(' ', StringComparison.Ordinal))
        {
            return Quote(Typed);
        }

        var forms = Alternatives.Where(a => a.Length == 1 && IsFormOf(a[0], Typed)).Select(a => Quote(a[0])).ToList();
        return forms.Count <= 1 ? Quote(Typed) : "(" + string.Join(" OR ", forms) + ")";
    }

    private static bool IsFormOf(string word, string typed)
    {
        var shared = 0;
        while (shared < word.Length && shared < typed.Length && word[shared] == typed[shared])
        {
            shared++;
        }

        return shared >= Math.Max(3, Math.Min(word.Length, typed.Length) - 3);
    }

    /// <summary>An expression that matches a place holding any of the terms: for bm25 and for marking the words.</summary>
    public static string AnyOf(IEnumerable<SearchTerm> terms) => string.Join(" OR ", terms.Select(t => t.ToFtsExpression()));

    private static string Quote(string phrase) => "\"" + phrase.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

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
