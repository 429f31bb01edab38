using System.Collections.Immutable;
using LactationGuide.Web.Content;

namespace LactationGuide.Web.MilkStorage;

/// <summary>
/// The planner's form as the reader sent it: every field a string, so that no input can fail to bind. The questions
/// already answered travel in the address (<see cref="Been"/>), so every step, and every answer, can be bookmarked or
/// sent; the current question's answer is <see cref="To"/>, <see cref="When"/> and <see cref="At"/>.
/// </summary>
public sealed class PlannerInput
{
    public string? Expressed { get; set; }

    /// <summary>Each place the milk has been, in order, as "fridge 2026-11-21T18:00": the answers already given.</summary>
    public string[]? Been { get; set; }

    /// <summary>The answer to the current question: a place's id, or <see cref="MilkStoragePlanner.Still"/>.</summary>
    public string? To { get; set; }

    /// <summary>The first question only: <see cref="MilkStoragePlanner.Straight"/> after expressing, or <see cref="MilkStoragePlanner.Later"/>.</summary>
    public string? When { get; set; }

    public string? At { get; set; }

    public string? Now { get; set; }

    public string? Guideline { get; set; }

    /// <summary>Which question the form answered: set by its button, so that an empty form gets a message, not the same form again.</summary>
    public string? Step { get; set; }
}

/// <summary>A problem with one field, said the way the reader should fix it. <see cref="Field"/> is the input's id.</summary>
public sealed record FieldError(string Field, string Message);

/// <summary>The questions the planner asks, one at a time.</summary>
public enum PlannerQuestion
{
    /// <summary>When was the milk expressed?</summary>
    Expressed,

    /// <summary>Where did it go first, and when?</summary>
    First,

    /// <summary>Is it still there, or where did it go next, and when?</summary>
    Next,
}

/// <summary>One answer the reader can give to "where did it go?": a place's id (or "still") and the words for it.</summary>
public sealed record PlaceChoice(string Value, string Label);

/// <summary>How the guidance the planner follows was chosen, so that the page can say so.</summary>
public enum GuidelineSource
{
    /// <summary>The reader chose it.</summary>
    Chosen,

    /// <summary>From the country in the reader's language setting (en-GB: UK; en-US: CDC).</summary>
    Region,

    /// <summary>The strictest of the guidelines for this milk: the reader's language named no country the planner knows.</summary>
    Strictest,
}

/// <summary>
/// What the planner makes of a request: the answers so far (<see cref="Expressed"/>, <see cref="Moves"/>), then either
/// the next question (with any problems in the reader's answer to it) or, once the reader says where the milk is now, the plan.
/// </summary>
public sealed record PlannerOutcome(
    PlannerInput Input,
    MilkStorageRules Rules,
    DateTime? Expressed,
    ImmutableArray<Stay> Moves,
    PlannerQuestion? Question,
    ImmutableArray<PlaceChoice> Choices,
    ImmutableArray<FieldError> Errors,
    string? Notice,
    Guideline Guideline,
    GuidelineSource GuidelineSource,
    string? Language,
    StoragePlan? Plan)
{
    public bool HasErrors => !Errors.IsEmpty;

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field)?.Message;

    /// <summary>Where the milk is after the answers so far (room temperature until the reader says otherwise).</summary>
    public StoragePlace Current => Moves.IsEmpty ? StoragePlace.Room : Moves[^1].Place;

    /// <summary>The question's number, counting from 1, for "Question 3".</summary>
    public int QuestionNumber => Expressed is null ? 1 : Moves.Length + 2;
}

/// <summary>
/// Asks the reader, one question at a time, when the milk was expressed and every place it has been since, and counts
/// with nothing else: no time, place or clock is ever assumed. The server does not know the reader's time zone, so it
/// never guesses the reader's "now": the status comes only from a <c>now</c> the reader (or their device) gave.
/// </summary>
public sealed class MilkStoragePlanner(ContentLibraryProvider content, TimeProvider clock)
{
    /// <summary>The answer "it is still there": the history is complete.</summary>
    public const string Still = "still";

    public const string Straight = "straight";

    public const string Later = "later";

    /// <summary>Local time is at most 14 hours ahead of UTC (Kiribati): anything later is in the future everywhere.</summary>
    private static readonly TimeSpan LatestOffset = TimeSpan.FromHours(14);

    /// <summary>Milk keeps a year at most; a date further back than this is a typing mistake, not old milk.</summary>
    private const int OldestYears = 2;

    /// <summary>A long list of moves is a made-up address, not a bottle of milk.</summary>
    private const int MaxMoves = 12;

    /// <summary>The places milk can go from each place, in the words of someone holding the bottle.</summary>
    private static readonly ImmutableDictionary<StoragePlace, ImmutableArray<(StoragePlace Place, string Label)>> Moves =
        new Dictionary<StoragePlace, ImmutableArray<(StoragePlace, string)>>
        {
            [StoragePlace.Room] =
            [
                (StoragePlace.CoolerBag, "Into a cooler bag with frozen ice packs"),
                (StoragePlace.Fridge, "Into the fridge"),
                (StoragePlace.Freezer, "Into the freezer, at -18 °C (0 °F) or colder"),
                (StoragePlace.IceBox, "Into the ice compartment of the fridge (ice box)"),
                (StoragePlace.Leftover, "Given in a feed: this is what was left"),
            ],
            [StoragePlace.CoolerBag] =
            [
                (StoragePlace.Fridge, "Into the fridge"),
                (StoragePlace.Freezer, "Into the freezer, at -18 °C (0 °F) or colder"),
                (StoragePlace.IceBox, "Into the ice compartment of the fridge (ice box)"),
                (StoragePlace.Room, "Out of the cooler bag, at room temperature"),
                (StoragePlace.Leftover, "Given in a feed: this is what was left"),
            ],
            [StoragePlace.Fridge] =
            [
                (StoragePlace.Freezer, "Into the freezer, at -18 °C (0 °F) or colder"),
                (StoragePlace.IceBox, "Into the ice compartment of the fridge (ice box)"),
                (StoragePlace.CoolerBag, "Into a cooler bag with frozen ice packs"),
                (StoragePlace.Room, "Out of the fridge, at room temperature"),
                (StoragePlace.Leftover, "Given in a feed: this is what was left"),
            ],
            [StoragePlace.Freezer] =
            [
                (StoragePlace.ThawedInFridge, "Out of the freezer, to thaw in the fridge"),
                (StoragePlace.ThawedAtRoomTemperature, "Out of the freezer, to thaw at room temperature or in warm water"),
            ],
            [StoragePlace.IceBox] =
            [
                (StoragePlace.ThawedInFridge, "Out of the ice compartment, to thaw in the fridge"),
                (StoragePlace.ThawedAtRoomTemperature, "Out of the ice compartment, to thaw at room temperature or in warm water"),
            ],
            [StoragePlace.ThawedInFridge] =
            [
                (StoragePlace.ThawedAtRoomTemperature, "Out of the fridge, or warmed"),
                (StoragePlace.Leftover, "Given in a feed: this is what was left"),
                (StoragePlace.Freezer, "Back into the freezer"),
            ],
            [StoragePlace.ThawedAtRoomTemperature] =
            [
                (StoragePlace.Leftover, "Given in a feed: this is what was left"),
                (StoragePlace.Freezer, "Back into the freezer"),
            ],
            [StoragePlace.Leftover] =
            [
                (StoragePlace.Fridge, "Into the fridge"),
            ],
        }.ToImmutableDictionary();

    /// <summary>The first question's answers: where milk goes straight after expressing.</summary>
    private static readonly ImmutableArray<(StoragePlace Place, string Label)> FirstPlaces =
    [
        (StoragePlace.Room, "It stayed out, at room temperature"),
        (StoragePlace.CoolerBag, "Into a cooler bag with frozen ice packs"),
        (StoragePlace.Fridge, "Into the fridge"),
        (StoragePlace.Freezer, "Into the freezer, at -18 °C (0 °F) or colder"),
        (StoragePlace.IceBox, "Into the ice compartment of the fridge (ice box)"),
    ];

    /// <summary>The planner's rules, or null when the content has none (the planner then does not exist).</summary>
    public MilkStorageRules? Rules => content.Current.StorageRules;

    /// <summary>"It is still in the fridge": the place's name after "It is still".</summary>
    public static string StillLabel(MilkStorageRules rules, StoragePlace place) => place switch
    {
        StoragePlace.Room => "It is still out, at room temperature",
        StoragePlace.ThawedInFridge => "It is still thawing, or thawed, in the fridge",
        StoragePlace.ThawedAtRoomTemperature => "It is still out, thawed or warmed",
        StoragePlace.Leftover => "It is still in the bottle after the feed",
        _ => "It is still " + Lower(rules.Place(place).Name),
    };

    /// <summary>What a move's time means, in the words of the summary of answers.</summary>
    public static string MoveWords(MilkStorageRules rules, StoragePlace from, StoragePlace to) => (from, to) switch
    {
        (_, StoragePlace.Leftover) => "Given in a feed, which ended",
        (StoragePlace.Freezer, StoragePlace.ThawedInFridge) => "Out of the freezer to thaw in the fridge",
        (StoragePlace.Freezer, StoragePlace.ThawedAtRoomTemperature) => "Out of the freezer to thaw at room temperature or in warm water",
        (StoragePlace.IceBox, StoragePlace.ThawedInFridge) => "Out of the ice compartment to thaw in the fridge",
        (StoragePlace.IceBox, StoragePlace.ThawedAtRoomTemperature) => "Out of the ice compartment to thaw at room temperature or in warm water",
        (StoragePlace.ThawedInFridge, StoragePlace.ThawedAtRoomTemperature) => "Out of the fridge, or warmed",
        (_, StoragePlace.Room) => "Out, at room temperature",
        _ => Upper(rules.Place(to).Name.Replace("In the", "Into the", StringComparison.Ordinal).Replace("In a", "Into a", StringComparison.Ordinal)),
    };

    /// <param name="input">The form as sent.</param>
    /// <param name="language">The reader's preferred language tag (such as <c>en-GB</c>), for the default guidance; null if none.</param>
    public PlannerOutcome Plan(PlannerInput input, string? language = null)
    {
        var rules = Rules ?? throw new InvalidOperationException("The content has no milk storage rules.");
        var errors = new List<FieldError>();
        string? notice = null;

        var utcNow = clock.GetUtcNow().UtcDateTime;
        var latest = DateTime.SpecifyKind(utcNow + LatestOffset, DateTimeKind.Unspecified);
        var oldest = DateTime.SpecifyKind(utcNow.AddYears(-OldestYears), DateTimeKind.Unspecified);

        var chosen = string.IsNullOrWhiteSpace(input.Guideline) ? null : rules.FindGuideline(input.Guideline);

        // "Now" matters only to the answer; on the way there a time after it is a typing mistake worth a word.
        DateTime? quietNow = PlannerTime.TryParse(input.Now, out var parsedNow) ? parsedNow : null;

        // Question 1: when the milk was expressed.
        var expressed = Time(input.Expressed, "expressed", "when the milk was expressed", required: input.Step is not null);
        if (expressed is null)
        {
            var hadOthers = input.Been is { Length: > 0 } || !string.IsNullOrWhiteSpace(input.To);
            if (hadOthers && !errors.Any(e => e.Field == "expressed"))
            {
                notice = "This link does not say when the milk was expressed, so the planner starts from the beginning.";
            }

            return Outcome(null, [], PlannerQuestion.Expressed, []);
        }

        // The answers already given, checked again: the address can be edited by hand.
        var moves = ImmutableArray.CreateBuilder<Stay>();
        var place = StoragePlace.Room;
        var last = expressed.Value;
        foreach (var item in (input.Been ?? []).Take(MaxMoves + 1))
        {
            if (moves.Count == MaxMoves || !TryReadMove(item, moves.Count == 0, place, out var move) || move.Since < last || move.Since > latest)
            {
                notice = "Part of this link could not be read, so the planner asks again from there.";
                break;
            }

            moves.Add(move);
            (place, last) = (move.Place, move.Since);
        }

        var first = moves.Count == 0;
        var choices = Choices(rules, first, place);
        var question = first ? PlannerQuestion.First : PlannerQuestion.Next;
        if (string.IsNullOrWhiteSpace(input.To) && notice is null)
        {
            if (input.Step is not null && input.Step != "expressed")
            {
                errors.Add(new FieldError("to-" + choices[0].Value, first ? "Choose where the milk went first" : "Choose where the milk is now"));
            }

            return Outcome(expressed, moves.ToImmutable(), question, choices);
        }

        if (notice is not null)
        {
            return Outcome(expressed, moves.ToImmutable(), question, choices);
        }

        // The answer to the current question.
        var to = input.To!.Trim();
        if (!choices.Any(c => c.Value == to))
        {
            errors.Add(new FieldError("to-" + choices[0].Value, first ? "Choose where the milk went first" : "Choose where the milk is now"));
            return Outcome(expressed, moves.ToImmutable(), question, choices);
        }

        if (to == Still)
        {
            // The history is complete. A bad time now or guidance costs only the status or the choice, not the answer.
            if (!string.IsNullOrWhiteSpace(input.Guideline) && chosen is null)
            {
                errors.Add(new FieldError("guideline", "Choose which guidance to follow"));
            }

            var now = Time(input.Now, "now", "the time now", required: false);
            if (now is { } n && n < last)
            {
                errors.Add(new FieldError("now", $"This is before the last time you gave ({PlannerTime.Display(last)}): check the date and time"));
                now = null;
            }

            var history = new MilkHistory(expressed.Value, moves.ToImmutable());
            var answers = MilkStorageCalculator.Answers(rules, history, now);
            var (guideline, source) = chosen is not null ? (chosen, GuidelineSource.Chosen)
                : FromLanguage(rules, language) is { } regional ? (regional, GuidelineSource.Region)
                : (MilkStorageCalculator.Strictest(answers).Guideline, GuidelineSource.Strictest);
            var plan = MilkStorageCalculator.Plan(rules, history, guideline, now, answers);
            return new PlannerOutcome(input, rules, expressed, moves.ToImmutable(), null, [], [.. errors], null, guideline, source, language, plan);
        }

        StoragePlaces.TryParse(to, out var next);
        DateTime? at;
        if (first && next == StoragePlace.Room)
        {
            // It stayed out: no move, and no time to ask for.
            at = expressed;
        }
        else if (first && input.When == Straight)
        {
            at = expressed;
        }
        else if (first && input.When != Later && string.IsNullOrWhiteSpace(input.At))
        {
            errors.Add(new FieldError("when-" + Straight, "Say when it went there: straight after you expressed it, or later"));
            at = null;
        }
        else
        {
            at = Time(input.At, "at", first ? "when it went there" : WhenWords(next), required: true);
        }

        if (at is { } t && !errors.Any(e => e.Field == "at"))
        {
            if (t < last)
            {
                errors.Add(new FieldError("at", $"This is before {(first ? "you expressed it" : "the last move")} ({PlannerTime.Display(last)}): check the date and time"));
            }
            else if (quietNow is { } n && t > n)
            {
                errors.Add(new FieldError("at", $"This is after the time now ({PlannerTime.Display(n)}): check the date and time"));
            }
        }

        if (errors.Count > 0 || at is null)
        {
            return Outcome(expressed, moves.ToImmutable(), question, choices);
        }

        moves.Add(new Stay(next, at.Value));
        return Outcome(expressed, moves.ToImmutable(), PlannerQuestion.Next, Choices(rules, first: false, next), answered: true);

        PlannerOutcome Outcome(DateTime? when, ImmutableArray<Stay> stays, PlannerQuestion asked, ImmutableArray<PlaceChoice> offered, bool answered = false)
        {
            var shown = chosen ?? rules.DefaultGuideline;
            // A question just answered is not the one on screen now: its problems (none) and its answer are not shown back.
            var shownInput = answered ? new PlannerInput { Expressed = input.Expressed, Guideline = input.Guideline, Now = input.Now } : input;
            return new PlannerOutcome(shownInput, rules, when, stays, asked, offered, [.. errors], notice, shown, chosen is null ? GuidelineSource.Strictest : GuidelineSource.Chosen, language, null);
        }

        DateTime? Time(string? text, string field, string what, bool required)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                if (required)
                {
                    errors.Add(new FieldError(field, $"Enter {what}"));
                }

                return null;
            }

            if (text.Length > 40 || !PlannerTime.TryParse(text, out var time))
            {
                errors.Add(new FieldError(field, $"Enter {what} as a date and time, like 2026-11-22 03:10"));
                return null;
            }

            if (time > latest)
            {
                errors.Add(new FieldError(field, $"Check {what}: that time has not come yet"));
                return null;
            }

            if (time < oldest)
            {
                errors.Add(new FieldError(field, $"Check {what}: that is more than {OldestYears} years ago"));
                return null;
            }

            return time;
        }

        bool TryReadMove(string? text, bool isFirst, StoragePlace from, out Stay move)
        {
            move = null!;
            var parts = (text ?? "").Trim().Split(' ', 2);
            if (parts.Length != 2 || parts[1].Length > 40 || !StoragePlaces.TryParse(parts[0], out var where) || !PlannerTime.TryParse(parts[1], out var since) || since < oldest)
            {
                return false;
            }

            if (!(isFirst ? FirstPlaces.Any(p => p.Place == where) : Moves[from].Any(p => p.Place == where)))
            {
                return false;
            }

            move = new Stay(where, since);
            return true;
        }
    }

    /// <summary>The value of one answer in the address: "fridge 2026-11-21T18:00".</summary>
    public static string MoveValue(Stay move) => move.Place.Id() + " " + PlannerTime.Input(move.Since);

    /// <summary>What the time of a move to <paramref name="place"/> means, in the words of the form and its errors.</summary>
    public static string WhenWords(StoragePlace place) => place switch
    {
        StoragePlace.Leftover => "when the feed ended",
        StoragePlace.ThawedInFridge or StoragePlace.ThawedAtRoomTemperature => "when it came out",
        _ => "when it went there",
    };

    /// <summary>
    /// The guidance of the reader's country, from their first language (en-GB or cy-GB: UK; en-US or es-US: CDC), or
    /// null when it names no country the planner knows: then the strictest answer is shown.
    /// </summary>
    public static Guideline? FromLanguage(MilkStorageRules rules, string? language)
    {
        var region = language?.Split('-', StringSplitOptions.RemoveEmptyEntries) is [_, var r, ..] ? r.ToUpperInvariant() : null;
        return region switch
        {
            "GB" or "UK" => rules.FindGuideline("uk"),
            "US" => rules.FindGuideline("cdc"),
            _ => null,
        };
    }

    private static ImmutableArray<PlaceChoice> Choices(MilkStorageRules rules, bool first, StoragePlace place) => first
        ? [.. FirstPlaces.Select(p => new PlaceChoice(p.Place.Id(), p.Label))]
        : [new PlaceChoice(Still, StillLabel(rules, place)), .. Moves[place].Select(p => new PlaceChoice(p.Place.Id(), p.Label))];

    private static string Lower(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];

    private static string Upper(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
