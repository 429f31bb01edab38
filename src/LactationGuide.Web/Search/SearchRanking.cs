using System.Collections.Immutable;

namespace LactationGuide.Web.Search;

/// <summary>The places (index rowids) one term of a query matches: anywhere, and in the place's own heading.</summary>
/// <param name="Count">How many places the term matches: more than <paramref name="Anywhere"/> holds when the lookup was capped.</param>
public sealed record PlaceMatches(IReadOnlySet<long> Anywhere, IReadOnlySet<long> InHeading, int Count);

/// <summary>What a place is, for ranking: an article section, the start of an article, an answer or a glossary term.</summary>
public enum PlaceKind
{
    Section = SearchHitKind.Article,
    Question = SearchHitKind.Question,
    Glossary = SearchHitKind.Glossary,
    Introduction,
}

/// <summary>A place's kind and the length of its heading, in words.</summary>
public readonly record struct PlaceShape(PlaceKind Kind, int HeadingWords);

/// <summary>A term of the query and the places it matches: with any of its synonyms, and as the reader typed it.</summary>
/// <param name="AsTyped">The places holding the typed word or phrase itself; the same as <paramref name="Places"/> for a word without synonyms.</param>
public sealed record TermMatch(SearchTerm Term, PlaceMatches Places, PlaceMatches AsTyped);

/// <summary>A candidate result: a place, how much of the question it covers, and its bm25 score.</summary>
/// <param name="Covers">The weight of the terms the place matches, a term matched in the heading counting more.</param>
/// <param name="Terms">How many of the query's terms the place matches.</param>
public readonly record struct RankedPlace(long Rowid, double Covers, int Terms, double Bm25);

/// <summary>
/// Orders every place that matches some of a question's terms: first by how much of the question it covers, each term
/// weighted by how rare it is in the guide and counted more when it is in the place's heading; then by bm25.
/// </summary>
/// <remarks>
/// Parents type whole questions, so requiring every word throws away the right answer over one extra word ("good",
/// "after"). Counting covered terms instead lets a place that answers most of the question come first, and weighting
/// them by rarity keeps words that are everywhere in the guide ("milk", "baby") from deciding. The constants were
/// chosen on the tuning half of the relevance corpus (tests/…/Search/Relevance), never on the held-out half.
/// </remarks>
public static class SearchRanking
{
    /// <summary>A term in the heading of a place (section heading, question, glossary term) counts this much more.</summary>
    public const double HeadingBonus = 1.5;

    /// <summary>
    /// A glossary entry's heading gets this share of the bonus: when a definition and an explanation both have the
    /// words in their heading, the explanation comes first.
    /// </summary>
    public const double GlossaryHeadingShare = 0.75;

    /// <summary>
    /// The most a short heading's bonus grows against one of average length. Without a limit a one-word glossary term
    /// ("Mastitis", "Jaundice") that names one word of the question outranked the section that answers the whole of it
    /// ("can I still breastfeed with mastitis", "still jaundiced at 2 weeks").
    /// </summary>
    public const double MaxShortHeadingFactor = 1.4;

    /// <summary>
    /// Words that say what kind of answer is wanted ("is it normal", "is it safe") rather than what it is about count
    /// this much of an ordinary word of the same rarity.
    /// </summary>
    public const double FillerWeight = 0.25;

    /// <summary>
    /// How much a term says about which place answers the question: the inverse document frequency bm25 uses (always
    /// above zero, near zero for a word that is in nearly every place), less for a filler word.
    /// </summary>
    public static double Weight(SearchTerm term, int placesMatched, int places)
    {
        var idf = Math.Log(1 + ((places - placesMatched + 0.5) / (placesMatched + 0.5)));
        return term.IsFiller ? idf * FillerWeight : idf;
    }

    /// <summary>
    /// When more places tie for the last result than this, bm25 orders only the first of them in the index: on the
    /// guide nothing ties so widely, and on a large corpus it keeps one common word from costing a bm25 score per place.
    /// </summary>
    public const int MaxTiedPlacesScored = 200;

    /// <summary>
    /// The best <paramref name="count"/> places matching at least one term, best first. A term counts by the rarity of
    /// the word as typed where the place holds that word, and by the rarity of its whole synonym group where it holds
    /// only a synonym, so that "made" still finds "Where is milk made?" first although "make", "produce" and "making"
    /// are everywhere. A heading's bonus shrinks with the square root of its length against the average, as a heading
    /// that is all about the question says more than a long one that mentions it, and grows for a short one only up to
    /// <see cref="MaxShortHeadingFactor"/>. Places that cover the question equally are ordered by bm25
    /// (<paramref name="bm25"/> is asked only for those).
    /// </summary>
    public static ImmutableArray<RankedPlace> Top(
        IReadOnlyList<TermMatch> terms,
        int count,
        int places,
        Func<long, PlaceShape> shapeOf,
        double averageHeadingWords,
        Func<IReadOnlyCollection<long>, IReadOnlyDictionary<long, double>> bm25)
    {
        var covers = new Dictionary<long, (double Covers, int Terms)>();
        foreach (var (term, anyForm, asTyped) in terms)
        {
            var weight = Weight(term, anyForm.Count, places);
            var typedWeight = Weight(term, asTyped.Count, places);
            foreach (var rowid in anyForm.Anywhere)
            {
                var credit = weight * (1 + HeadingCredit(anyForm, rowid, shapeOf, averageHeadingWords));
                if (asTyped.Anywhere.Contains(rowid))
                {
                    credit = Math.Max(credit, typedWeight * (1 + HeadingCredit(asTyped, rowid, shapeOf, averageHeadingWords)));
                }

                var (sum, matched) = covers.GetValueOrDefault(rowid);
                covers[rowid] = (sum + credit, matched + 1);
            }
        }

        if (covers.Count == 0)
        {
            return [];
        }

        // Only the places that could be among the first `count` need bm25: those covering at least as much as the
        // `count`-th best.
        var byCover = covers.OrderByDescending(c => c.Value.Covers).ThenBy(c => c.Key).ToList();
        var last = byCover[Math.Min(count, byCover.Count) - 1].Value.Covers;
        var contenders = byCover.TakeWhile(c => c.Value.Covers >= last).Take(Math.Max(count, MaxTiedPlacesScored)).ToList();
        var scores = bm25([.. contenders.Select(c => c.Key)]);
        return
        [
            .. contenders
                .Select(c => new RankedPlace(c.Key, c.Value.Covers, c.Value.Terms, scores.GetValueOrDefault(c.Key)))
                .OrderByDescending(p => p.Covers)
                .ThenBy(p => p.Bm25)
                .ThenBy(p => p.Rowid)
                .Take(count),
        ];
    }

    private static double HeadingCredit(PlaceMatches places, long rowid, Func<long, PlaceShape> shapeOf, double averageHeadingWords)
    {
        if (!places.InHeading.Contains(rowid))
        {
            return 0;
        }

        var shape = shapeOf(rowid);
        var share = shape.Kind == PlaceKind.Glossary ? GlossaryHeadingShare : 1;
        return HeadingBonus * share * Math.Min(MaxShortHeadingFactor, Math.Sqrt(averageHeadingWords / shape.HeadingWords));
    }
}
