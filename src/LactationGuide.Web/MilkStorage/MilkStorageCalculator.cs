using System.Collections.Immutable;
using System.Globalization;

namespace LactationGuide.Web.MilkStorage;

/// <summary>The milk moved to <see cref="Place"/> at <see cref="Since"/> (the reader's local wall-clock time).</summary>
public sealed record Stay(StoragePlace Place, DateTime Since);

/// <summary>
/// What happened to one bottle: expressed at <see cref="Expressed"/>, at room temperature until the first stay, then each
/// stay in turn. Times are the reader's local wall-clock times; the server never needs their time zone.
/// </summary>
public sealed record MilkHistory(DateTime Expressed, ImmutableArray<Stay> Stays)
{
    public StoragePlace Place => Stays.IsEmpty ? StoragePlace.Room : Stays[^1].Place;

    /// <summary>The latest time the reader gave: it has certainly passed.</summary>
    public DateTime LatestKnown => Stays.Select(s => s.Since).Append(Expressed).Max();
}

public enum MilkStatus
{
    StillFine,
    UseSoon,
    ThrowAway,
}

/// <summary>
/// One guideline's answer. <see cref="UseBy"/> is null when the guideline gives no time for this milk
/// (<see cref="Covered"/> is false). <see cref="Status"/> is null when only the reader's clock can tell: no "now" was given.
/// </summary>
public sealed record GuidelineAnswer(
    Guideline Guideline,
    StoragePlace Place,
    StorageRule? Rule,
    DateTime? UseBy,
    MilkStatus? Status,
    ImmutableArray<string> Why)
{
    public bool Covered => Rule is not null;

    public bool SameAs(GuidelineAnswer other) => UseBy == other.UseBy && Status == other.Status && Covered == other.Covered;
}

/// <summary>The answer for the chosen guideline, the others' where they differ, and what to do next.</summary>
public sealed record StoragePlan(
    MilkHistory History,
    PlaceInfo Where,
    DateTime? Now,
    GuidelineAnswer Answer,
    ImmutableArray<GuidelineAnswer> AllAnswers,
    ImmutableArray<Advice> WhatNext)
{
    public IEnumerable<GuidelineAnswer> OtherAnswers => AllAnswers.Where(a => a.Guideline != Answer.Guideline);

    public bool GuidelinesDiffer => AllAnswers.Any(a => !a.SameAs(Answer));
}

/// <summary>
/// Works out, for each guideline, until when a bottle of milk can be used, following it through every place it has
/// been. The figures come from <see cref="MilkStorageRules"/>; this class holds only how they combine:
/// <list type="bullet">
/// <item>Fresh milk's time counts from when it was expressed, wherever it is kept: moving it somewhere colder gives it
/// the colder place's time, counted from expressing, so time already spent elsewhere is never forgotten.</item>
/// <item>Moving milk somewhere warmer (fridge to cooler bag, thawed milk warmed, a feed) never gives it more time than it
/// had.</item>
/// <item>Milk already past its time when it was moved stays past it; thawed milk frozen again is thrown away.</item>
/// <item>Moves no guideline describes (fridge milk left out again) get no time rather than a guessed one.</item>
/// </list>
/// </summary>
public static class MilkStorageCalculator
{
    /// <summary>"Use soon" once three quarters of the time has gone: a nudge for the reader, not a safety limit.</summary>
    private const int UseSoonFraction = 4;

    public static StoragePlan Plan(MilkStorageRules rules, MilkHistory history, Guideline guideline, DateTime? now) =>
        Plan(rules, history, guideline, now, Answers(rules, history, now));

    /// <summary>The plan for <paramref name="guideline"/>, from every guideline's <paramref name="answers"/> (see <see cref="Answers"/>).</summary>
    public static StoragePlan Plan(MilkStorageRules rules, MilkHistory history, Guideline guideline, DateTime? now, ImmutableArray<GuidelineAnswer> answers)
    {
        var answer = answers.Single(a => a.Guideline == guideline);
        var whatNext = answer is { Covered: true, Status: not MilkStatus.ThrowAway } ? rules.Place(answer.Place).WhatNext : [];
        return new StoragePlan(history, rules.Place(history.Place), now, answer, answers, whatNext);
    }

    /// <summary>Every guideline's answer for this milk, in the rules' order.</summary>
    public static ImmutableArray<GuidelineAnswer> Answers(MilkStorageRules rules, MilkHistory history, DateTime? now) =>
        [.. rules.Guidelines.Select(g => Answer(rules, g, history, now))];

    /// <summary>
    /// The strictest answer: one that says to throw the milk away, else the earliest use-by time. A guideline that gives
    /// no time for this milk comes last: it says nothing the reader could count on. Ties go to the earlier guideline.
    /// </summary>
    public static GuidelineAnswer Strictest(ImmutableArray<GuidelineAnswer> answers) =>
        answers.OrderBy(a => a.Status == MilkStatus.ThrowAway ? 0 : a.Covered ? 1 : 2).ThenBy(a => a.UseBy ?? DateTime.MaxValue).First();

    public static GuidelineAnswer Answer(MilkStorageRules rules, Guideline guideline, MilkHistory history, DateTime? now)
    {
        var place = StoragePlace.Room;
        var rule = rules.Rule(place, guideline);
        if (rule.Limit is null)
        {
            return NoTime(guideline, place, rule);
        }

        var start = history.Expressed;
        var useBy = rule.Limit.Value.After(start);
        var startKind = CountsFrom.Expressed;
        var capped = false;
        DateTime? outOfFreezer = null;
        var frozenIn = StoragePlace.Freezer;
        var visited = new HashSet<StoragePlace> { place };
        string? leftoverMoved = null;

        foreach (var stay in history.Stays)
        {
            if (place == StoragePlace.Leftover)
            {
                // Milk a baby has drunk from keeps its short time wherever it is put.
                leftoverMoved ??= $"Putting it {rules.Place(stay.Place).Name.ToLowerInvariant()} after the feed does not give it more time.";
                continue;
            }

            var next = Normalise(place, stay.Place);
            if (next == place)
            {
                continue;
            }

            if (useBy is not { } before || stay.Since > before)
            {
                return new GuidelineAnswer(guideline, place, rule, useBy, MilkStatus.ThrowAway, [
                    $"It had already run out of time {Lower(rules.Place(place).Name)} by {PlannerTime.Display(stay.Since)}, when {(next == StoragePlace.Leftover ? "the feed ended" : "it was moved")}.",
                    Says(rule)]);
            }

            if (place.IsThawed() && next.IsFrozen())
            {
                return new GuidelineAnswer(guideline, next, rule, useBy, MilkStatus.ThrowAway, [
                    $"It was frozen again after it had thawed, at {PlannerTime.Display(stay.Since)}. Thawed milk must never be frozen again.",
                    Says(rule)]);
            }

            if (!IsDescribed(place, next))
            {
                return new GuidelineAnswer(guideline, next, null, null, null, [
                    $"The guidelines give no time for milk that was {Lower(rules.Place(place).Name)} and is now {Lower(rules.Place(next).Name)}. Ask your midwife, health visitor or lactation consultant."]);
            }

            var nextRule = rules.Rule(next, guideline);
            if (nextRule.Limit is null)
            {
                return NoTime(guideline, next, nextRule);
            }

            if (nextRule.OnlyAfter is { } needed && !visited.Contains(needed))
            {
                return new GuidelineAnswer(guideline, next, null, null, null, [
                    $"{guideline.Name} gives a time only {nextRule.Condition ?? "for milk " + Lower(rules.Place(needed).Name) + " first"}: {nextRule.Describe()}"]);
            }

            if (place.IsFrozen())
            {
                (outOfFreezer, frozenIn) = (stay.Since, place);
            }

            // Somewhere warmer, the new place's time starts now and cannot outlast the time the milk already had.
            var warmer = IsWarmer(place, next);
            var kind = warmer && next.IsFresh() ? CountsFrom.Arrival : nextRule.CountsFrom;
            var anchor = kind switch
            {
                CountsFrom.Expressed => history.Expressed,
                CountsFrom.OutOfFreezer => outOfFreezer ?? stay.Since,
                _ => stay.Since,
            };
            var candidate = nextRule.Limit.Value.After(anchor);
            capped = warmer && candidate > before;
            useBy = warmer ? Min(candidate, before) : candidate;
            (place, rule, start, startKind) = (next, nextRule, anchor, kind);
            visited.Add(next);
        }

        var why = ImmutableArray.CreateBuilder<string>();
        why.Add(Says(rule));
        why.Add(CountedFrom(rules, rule.Place, startKind, start, frozenIn));
        if (capped)
        {
            why.Add("That would be later than the time it already had, so the earlier time stands.");
        }

        if (leftoverMoved is not null)
        {
            why.Add(leftoverMoved);
        }

        return new GuidelineAnswer(guideline, place, rule, useBy, StatusOf(rule, start, useBy, history.LatestKnown, now), why.ToImmutable());
    }

    /// <summary>The guideline gives no time for milk kept here: it is not counted, and the rule's note says why.</summary>
    private static GuidelineAnswer NoTime(Guideline guideline, StoragePlace place, StorageRule rule) =>
        new(guideline, place, null, null, null, [Says(rule)]);

    private static MilkStatus? StatusOf(StorageRule rule, DateTime start, DateTime? useBy, DateTime latestKnown, DateTime? now)
    {
        if (useBy is not { } limit || limit < latestKnown)
        {
            // Past a time the reader told us about: no clock needed.
            return MilkStatus.ThrowAway;
        }

        if (now is not { } current)
        {
            return null;
        }

        if (current > limit)
        {
            return MilkStatus.ThrowAway;
        }

        var left = limit - current;
        var whole = limit - start;
        return rule.UseStraightAway || left.Ticks * UseSoonFraction <= whole.Ticks ? MilkStatus.UseSoon : MilkStatus.StillFine;
    }

    /// <summary>Frozen or thawed milk put in the fridge or left out is thawed milk, whatever the reader called it.</summary>
    private static StoragePlace Normalise(StoragePlace from, StoragePlace to) => (from.IsFrozen() || from.IsThawed(), to) switch
    {
        (true, StoragePlace.Fridge) => StoragePlace.ThawedInFridge,
        (true, StoragePlace.Room) => StoragePlace.ThawedAtRoomTemperature,
        _ => to,
    };

    /// <summary>Whether any of the guidelines gives a time for milk that moves this way.</summary>
    private static bool IsDescribed(StoragePlace from, StoragePlace to) => (from, to) switch
    {
        (_, StoragePlace.Leftover) => !from.IsFrozen(),
        (_, StoragePlace.Freezer or StoragePlace.IceBox) => from.IsFresh(),
        (StoragePlace.Freezer or StoragePlace.IceBox, _) => to.IsThawed(),
        (_, StoragePlace.ThawedInFridge or StoragePlace.ThawedAtRoomTemperature) => from.IsThawed(),
        // Fresh milk: colder is always fine; of the warmer moves, only fridge to cooler bag is described (UK advice).
        _ => Coldness(to) > Coldness(from) || (from, to) == (StoragePlace.Fridge, StoragePlace.CoolerBag),
    };

    private static bool IsWarmer(StoragePlace from, StoragePlace to) => to == StoragePlace.Leftover || Coldness(to) < Coldness(from);

    private static int Coldness(StoragePlace place) => place switch
    {
        StoragePlace.Room or StoragePlace.ThawedAtRoomTemperature or StoragePlace.Leftover => 0,
        StoragePlace.CoolerBag => 1,
        StoragePlace.Fridge or StoragePlace.ThawedInFridge => 2,
        _ => 3, // frozen: a freezer or the ice box
    };

    /// <summary>"CDC: Up to 4 days ...", unless the rule already names who said it ("BfN: up to 6 hours").</summary>
    private static string Says(StorageRule rule) => rule.By is null ? $"{rule.Guideline.Name}: {rule.Describe()}" : rule.Describe();

    private static string CountedFrom(MilkStorageRules rules, StoragePlace place, CountsFrom kind, DateTime start, StoragePlace frozenIn)
    {
        var outOf = frozenIn == StoragePlace.IceBox ? "the ice compartment" : "the freezer";
        var what = (place, kind) switch
        {
            (StoragePlace.Leftover, _) => "when the feed ended",
            (_, CountsFrom.Expressed) => "when it was expressed",
            // The CDC counts from when it has fully thawed; nobody knows that moment, and counting from earlier is safer.
            (StoragePlace.ThawedInFridge, _) => $"when it came out of {outOf}, which is safer than guessing when it finished thawing",
            (_, CountsFrom.OutOfFreezer) => $"when it came out of {outOf}",
            (StoragePlace.ThawedAtRoomTemperature, _) => "when it was warmed or came out to room temperature",
            _ => $"when it was put {Lower(rules.Place(place).Name)}",
        };
        return $"Counted from {what}: {PlannerTime.Display(start)}.";
    }

    private static string Lower(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];

    private static DateTime? Min(DateTime? a, DateTime b) => a is { } x && x < b ? x : b;
}

/// <summary>How the planner reads and writes the reader's local times.</summary>
public static class PlannerTime
{
    /// <summary>What <c>&lt;input type="datetime-local"&gt;</c> sends; seconds only come from hand-edited URLs.</summary>
    private static readonly string[] InputFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFF", "yyyy-MM-dd HH:mm"];

    public static bool TryParse(string? text, out DateTime time) =>
        DateTime.TryParseExact(text?.Trim(), InputFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    /// <summary>The value for a datetime-local input and for a <c>&lt;time datetime&gt;</c> attribute.</summary>
    public static string Input(DateTime time) => time.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    /// <summary>
    /// What the reader typed, for showing back in a datetime-local input: only a real date and time, because the input
    /// cannot hold anything else (a browser would show it empty); the error message says what was wrong.
    /// </summary>
    public static string? InputValue(string? typed) => TryParse(typed, out var time) ? Input(time) : null;

    /// <summary>"Sun 22 Nov 2026, 03:10": the day and month in words, so nobody mixes up 11/12 and 12/11.</summary>
    public static string Display(DateTime time) => time.ToString("ddd d MMM yyyy, HH:mm", CultureInfo.InvariantCulture);
}
