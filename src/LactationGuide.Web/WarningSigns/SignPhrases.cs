using System.Collections.Immutable;
using LactationGuide.Web.Search;

namespace LactationGuide.Web.WarningSigns;

/// <summary>
/// Matches what a reader typed against the phrases of each warning sign: a sign matches when every word of one of its
/// phrases is among the query's words. Words are compared by a rough stem ("waking" and "wake", "nappies" and
/// "nappy"), enough for the short phrases the signs file lists; the phrases, not the stemmer, carry the meaning.
/// </summary>
public static class SignPhrases
{
    /// <summary>A search shows at most this many signs above its results: the most urgent ones.</summary>
    public const int MaxShown = 5;

    /// <summary>The stemmed words of a phrase or a query; single letters (what an apostrophe leaves) are dropped.</summary>
    public static ImmutableArray<string> Words(string text) =>
        [.. SearchQuery.SplitWords(text).Where(w => w.Length > 1).Select(Stem).Distinct()];

    /// <summary>The signs whose phrases a query contains, most urgent first.</summary>
    public static ImmutableArray<WarningSign> Match(WarningSignList? signs, SearchQuery query)
    {
        if (signs is null || query.IsEmpty)
        {
            return [];
        }

        var words = Words(string.Join(' ', query.Words)).ToHashSet(StringComparer.Ordinal);
        return [.. signs.Signs.Where(s => s.Phrases.Any(p => p.All(words.Contains))).Take(MaxShown)];
    }

    internal static string Stem(string word)
    {
        var w = word;
        if (w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal))
        {
            w = w[..^3] + "i";
        }
        else if (w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal))
        {
            w = w[..^3];
        }
        else if (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal))
        {
            w = w[..^2];
        }
        else if (w.Length > 4 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal))
        {
            w = w[..^1];
        }

        if (w.EndsWith('y'))
        {
            w = w[..^1] + "i";
        }
        else if (w.Length > 3 && w.EndsWith('e'))
        {
            w = w[..^1];
        }

        return w;
    }
}
