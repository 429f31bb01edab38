using System.Collections.Frozen;
using System.Collections.Immutable;
using LactationGuide.Web.Content;

namespace LactationGuide.Web.WarningSigns;

/// <summary>How fast a sign needs help, most urgent first: the three levels of the NHS care cards.</summary>
public enum WarningLevel
{
    /// <summary>Call the emergency number or go to A&amp;E now.</summary>
    Emergency,

    /// <summary>A doctor or nurse today.</summary>
    Urgent,

    /// <summary>The midwife, health visitor or an IBCLC (or, for the parent's own health, their doctor) in a day or two.</summary>
    Soon,
}

/// <summary>Whose sign it is: the baby's (their health and feeding) or the parent's own health.</summary>
public enum SignAudience
{
    Baby,
    You,
}

/// <summary>The age a sign applies to, when it does not apply at every age.</summary>
public enum SignAge
{
    FirstDay,
    FirstWeek,
    Newborn,
    UnderThreeMonths,
}

public static class WarningLevels
{
    /// <summary>The callout (<c>&gt; [!KIND]</c>) that holds signs of this level.</summary>
    public static string CalloutKind(this WarningLevel level) => level switch
    {
        WarningLevel.Emergency => "EMERGENCY",
        WarningLevel.Urgent => "URGENT",
        _ => "ROUTINE",
    };

    /// <summary>The word the data file and CSS use: emergency, urgent or soon.</summary>
    public static string Id(this WarningLevel level) => level.ToString().ToLowerInvariant();

    public static string Describe(this SignAge age) => age switch
    {
        SignAge.FirstDay => "First 24 hours",
        SignAge.FirstWeek => "First week",
        SignAge.Newborn => "Newborn (first 4 weeks)",
        _ => "Under 3 months",
    };
}

/// <summary>What a level tells the reader to do: the lead-in before its signs, per audience, and how to get that help.</summary>
public sealed record LevelAdvice(WarningLevel Level, string BabyLead, string YouLead, string? How)
{
    public string Lead(SignAudience audience) => audience == SignAudience.Baby ? BabyLead : YouLead;
}

/// <summary>One warning sign, in a parent's words, at one level everywhere on the site.</summary>
public sealed record WarningSign(
    string Id,
    SignAudience For,
    WarningLevel Level,
    string Text,
    string? Note,
    SignAge? Age,
    ImmutableArray<string> SearchWords,
    ImmutableArray<Source> Sources)
{
    /// <summary>Each of <see cref="SearchWords"/> as the stemmed words a query must hold for the sign to match.</summary>
    public ImmutableArray<ImmutableArray<string>> Phrases { get; } = [.. SearchWords.Select(SignPhrases.Words)];

    /// <summary>
    /// Ids the sign was published under before it was renamed: <c>/unwell#old-id</c> and reading lists that name it
    /// still lead here (the page keeps an anchor for each).
    /// </summary>
    public ImmutableArray<string> Aliases { get; init; } = [];

    /// <summary>The sign's own place on the "Is my baby unwell?" page, which consultants can link to.</summary>
    public string Url => $"{WarningSignList.PagePath}#{Id}";
}

/// <summary>
/// Every warning sign the site names, from <c>content/warning-signs.yaml</c>, most urgent first. Immutable; a content
/// reload builds a new one.
/// </summary>
public sealed class WarningSignList
{
    public const string PagePath = "/unwell";

    private readonly FrozenDictionary<string, WarningSign> _byId;

    public WarningSignList(IEnumerable<LevelAdvice> levels, IEnumerable<WarningSign> signs, IEnumerable<Source> sources, IReadOnlyDictionary<string, string> sourceHtml)
    {
        Levels = [.. levels.OrderBy(l => l.Level)];
        Signs = [.. signs.OrderBy(s => s.Level)];
        Sources = [.. sources];
        SourceHtml = sourceHtml.ToFrozenDictionary(StringComparer.Ordinal);
        _byId = Signs.ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);
    }

    public ImmutableArray<LevelAdvice> Levels { get; }

    /// <summary>Every sign, emergency first, then urgent, then soon; in the file's order within a level.</summary>
    public ImmutableArray<WarningSign> Signs { get; }

    /// <summary>What the signs cite, in the file's order: the page's numbered source list.</summary>
    public ImmutableArray<Source> Sources { get; }

    /// <summary>Each source written out for a source list, rendered once when the content loads.</summary>
    public FrozenDictionary<string, string> SourceHtml { get; }

    public LevelAdvice Advice(WarningLevel level) => Levels[(int)level];

    public WarningSign? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The number a source has in the page's source list.</summary>
    public int SourceNumber(Source source) => Sources.IndexOf(source) + 1;
}
