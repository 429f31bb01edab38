using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace LactationGuide.Web.Tests.Search.Relevance;

/// <summary>Where one question's answer came in the results: 1 for first, null when it was not among them.</summary>
public sealed record RelevanceResult(RelevanceQuestion Question, int? Rank, ImmutableArray<string> Results)
{
    public double ReciprocalRank => Rank is { } rank ? 1.0 / rank : 0;
}

/// <summary>How well search answers a set of questions: hit@1, hit@3 and the mean reciprocal rank.</summary>
public sealed record RelevanceScore(string Name, ImmutableArray<RelevanceResult> Results)
{
    /// <summary>The goal for the held-out half (issue 16).</summary>
    public const double HitAt3Goal = 0.95;

    public const double MrrGoal = 0.85;

    public double HitAt1 => Share(1);

    public double HitAt3 => Share(3);

    public double MeanReciprocalRank => Results.Average(r => r.ReciprocalRank);

    /// <summary>
    /// The level the held-out half reached (91.8% and 0.828 on 2026-12-06, 91.8% and 0.832 on 2026-12-07, then 93.6%
    /// and 0.878 with content/search-phrases.txt and its whole phrases; the hit@3 goal is not met): a change that loses more than one
    /// question's worth fails the tests. Raise it as search improves, until it is the goal.
    /// </summary>
    public const double HitAt3Floor = 0.925;

    public const double MrrFloor = 0.87;

    public bool MeetsGoal => HitAt3 >= HitAt3Goal && MeanReciprocalRank >= MrrGoal;

    public bool HoldsFloor => HitAt3 >= HitAt3Floor && MeanReciprocalRank >= MrrFloor;

    /// <summary>One line on the goal, which benchmarks/search-relevance reads for its exit status.</summary>
    public string AgainstTheGoal => string.Create(CultureInfo.InvariantCulture,
        $"The {Name} half against the goal (hit@3 at least {HitAt3Goal * 100:0}%, MRR at least {MrrGoal}): {(MeetsGoal ? "met" : "not met")}.");

    /// <summary>Every question whose answer did not come first, the furthest from it first.</summary>
    public IEnumerable<RelevanceResult> Misses => Results.Where(r => r.Rank != 1).OrderByDescending(r => r.Rank ?? int.MaxValue).ThenBy(r => r.Question.Line);

    private double Share(int firstN) => Results.Count(r => r.Rank <= firstN) / (double)Results.Length;

    public static RelevanceScore Of(string name, IEnumerable<RelevanceQuestion> questions, Func<string, IEnumerable<string>> search) =>
        new(name, [.. questions.Select(q =>
        {
            var results = search(q.Text).ToImmutableArray();
            var index = results.IndexOf(results.FirstOrDefault(q.Answers.Contains) ?? "\0");
            return new RelevanceResult(q, index < 0 ? null : index + 1, results);
        })]);

    public string Summary => string.Create(CultureInfo.InvariantCulture,
        $"| {Name} | {Results.Length} | {HitAt1 * 100:0.0}% | {HitAt3 * 100:0.0}% | {MeanReciprocalRank:0.000} |");

    /// <summary>The misses as a reader checks them: the question, where its answer came, what came first instead.</summary>
    public string DescribeMisses()
    {
        var text = new StringBuilder();
        foreach (var miss in Misses)
        {
            var where = miss.Rank is { } rank ? $"answer at {rank}" : "answer not in the results";
            text.Append(CultureInfo.InvariantCulture, $"{miss.Question.File}:{miss.Question.Line}: \"{miss.Question.Text}\" ({where})\n")
                .Append(CultureInfo.InvariantCulture, $"    wanted: {string.Join(' ', miss.Question.Answers)}\n")
                .Append(CultureInfo.InvariantCulture, $"    got:    {string.Join(' ', miss.Results.Take(3).DefaultIfEmpty("nothing"))}\n");
        }

        return text.ToString();
    }

    public static string Report(params RelevanceScore[] scores) => Report(scores, missesHidden: new HashSet<string>());

    /// <summary>
    /// The figures of every set, and the misses of every set but those named in <paramref name="missesHidden"/>, whose
    /// misses are only counted: a session that tunes the search must not read the held-out half's questions.
    /// </summary>
    public static string Report(IEnumerable<RelevanceScore> scores, IReadOnlySet<string> missesHidden)
    {
        var text = new StringBuilder()
            .Append("| half | questions | hit@1 | hit@3 | MRR |\n")
            .Append("|---|---:|---:|---:|---:|\n");
        foreach (var score in scores)
        {
            text.Append(score.Summary).Append('\n');
        }

        foreach (var score in scores)
        {
            if (missesHidden.Contains(score.Name))
            {
                text.Append(CultureInfo.InvariantCulture, $"\nMisses in the {score.Name} half ({score.Misses.Count()}): not shown\n");
                continue;
            }

            text.Append(CultureInfo.InvariantCulture, $"\nMisses in the {score.Name} half ({score.Misses.Count()}): the answer did not come first\n")
                .Append(score.DescribeMisses());
        }

        return text.ToString();
    }
}
