using System.Collections.Immutable;
using LactationGuide.Web.Content;

namespace LactationGuide.Web.MilkStorage;

/// <summary>The planner's form as the reader sent it: every field a string, so that no input can fail to bind.</summary>
public sealed class PlannerInput
{
    public string? Expressed { get; set; }
    public string? Place { get; set; }
    public string? Since { get; set; }
    public string? Fridge { get; set; }
    public string? Freezer { get; set; }
    public string? Thawing { get; set; }
    public string? Now { get; set; }
    public string? Guideline { get; set; }

    /// <summary>Whether the reader has asked anything yet; a first visit gets an empty form, not a list of errors.</summary>
    public bool Submitted => new[] { Expressed, Place, Since, Fridge, Freezer, Thawing, Now }.Any(v => !string.IsNullOrWhiteSpace(v));
}

/// <summary>A problem with one field, said the way the reader should fix it. <see cref="Field"/> is the input's id.</summary>
public sealed record FieldError(string Field, string Message);

/// <summary>What the planner makes of a request: the form's problems, or the plan.</summary>
public sealed record PlannerOutcome(PlannerInput Input, MilkStorageRules Rules, Guideline Guideline, ImmutableArray<FieldError> Errors, StoragePlan? Plan)
{
    public bool Submitted => Input.Submitted;

    public bool HasErrors => !Errors.IsEmpty;

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field)?.Message;
}

/// <summary>
/// Turns the planner's form into a <see cref="MilkHistory"/> and a plan. The server does not know the reader's time
/// zone, so it never guesses the reader's "now": the status comes only from a <c>now</c> the reader's device sent.
/// </summary>
public sealed class MilkStoragePlanner(ContentLibraryProvider content, TimeProvider clock)
{
    /// <summary>Local time is at most 14 hours ahead of UTC (Kiribati): anything later is in the future everywhere.</summary>
    private static readonly TimeSpan LatestOffset = TimeSpan.FromHours(14);

    /// <summary>Milk keeps a year at most; a date further back than this is a typing mistake, not old milk.</summary>
    private const int OldestYears = 2;

    /// <summary>The planner's rules, or null when the content has none (the planner then does not exist).</summary>
    public MilkStorageRules? Rules => content.Current.StorageRules;

    public PlannerOutcome Plan(PlannerInput input)
    {
        var rules = Rules ?? throw new InvalidOperationException("The content has no milk storage rules.");
        var errors = new List<FieldError>();
        var guideline = string.IsNullOrWhiteSpace(input.Guideline) ? rules.DefaultGuideline : rules.FindGuideline(input.Guideline);
        if (guideline is null)
        {
            errors.Add(new FieldError("guideline-" + rules.DefaultGuideline.Id, "Choose which guidance to follow"));
            guideline = rules.DefaultGuideline;
        }

        if (!input.Submitted)
        {
            return new PlannerOutcome(input, rules, guideline, [.. errors], null);
        }

        var utcNow = clock.GetUtcNow().UtcDateTime;
        var latest = DateTime.SpecifyKind(utcNow + LatestOffset, DateTimeKind.Unspecified);
        var oldest = DateTime.SpecifyKind(utcNow.AddYears(-OldestYears), DateTimeKind.Unspecified);

        var expressed = Time(input.Expressed, "expressed", "when the milk was expressed", required: true);
        var hasPlace = StoragePlaces.TryParse(input.Place, out var place);
        if (!hasPlace)
        {
            errors.Add(new FieldError("place-" + StoragePlace.Room.Id(), "Choose where the milk is now"));
        }

        var fridge = Time(input.Fridge, "fridge", "when it went in the fridge", required: false);
        var freezer = Time(input.Freezer, "freezer", "when it went in the freezer", required: false);
        var thawing = Time(input.Thawing, "thawing", "when it came out of the freezer to thaw in the fridge", required: false);
        // Fresh milk left empty went there straight after expressing; thawed and leftover milk count from this time.
        var sinceNeeded = hasPlace
            && (place is StoragePlace.ThawedAtRoomTemperature or StoragePlace.Leftover || (place == StoragePlace.ThawedInFridge && thawing is null));
        var since = Time(input.Since, "since", SinceWhat(place), required: hasPlace && sinceNeeded);
        var now = Time(input.Now, "now", "the time now", required: false);

        // The times must follow each other in the order things happen to milk.
        var steps = new (DateTime? Time, string Field, string What)[]
        {
            (expressed, "expressed", "it was expressed"),
            (fridge, "fridge", "it went in the fridge"),
            (freezer, "freezer", "it went in the freezer"),
            (thawing, "thawing", "it came out of the freezer"),
            (since, "since", "that"),
        };
        (DateTime Time, string What)? previous = null;
        foreach (var (time, field, what) in steps)
        {
            if (time is not { } t || errors.Any(e => e.Field == field))
            {
                continue;
            }

            if (previous is { } p && t < p.Time)
            {
                errors.Add(new FieldError(field, $"This is before {p.What} ({PlannerTime.Display(p.Time)}): check the date and time"));
            }
            else if (now is { } n && t > n && !errors.Any(e => e.Field == "now"))
            {
                errors.Add(new FieldError(field, $"This is after the time now ({PlannerTime.Display(n)}): check the date and time"));
            }

            previous = (t, what);
        }

        if (errors.Count > 0 || expressed is null)
        {
            return new PlannerOutcome(input, rules, guideline, [.. errors], null);
        }

        var (history, assumptions) = History(expressed.Value, place, since, fridge, freezer, thawing);
        var plan = MilkStorageCalculator.Plan(rules, history, guideline, now, assumptions);
        return new PlannerOutcome(input, rules, guideline, [], plan);

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
    }

    /// <summary>What "since when" means for each place, in the words the form and its errors use.</summary>
    public static string SinceWhat(StoragePlace place) => place switch
    {
        StoragePlace.ThawedInFridge => "when it came out of the freezer",
        StoragePlace.ThawedAtRoomTemperature => "when it was warmed or came out to room temperature",
        StoragePlace.Leftover => "when the feed ended",
        _ => "when it was put there",
    };

    /// <summary>
    /// The chain of places from the form's few fields: expressed, then (if given) the fridge, the freezer, thawing in
    /// the fridge, and where it is now. Thawed milk was frozen even if the reader did not say when.
    /// </summary>
    private static (MilkHistory, ImmutableArray<string>) History(
        DateTime expressed, StoragePlace place, DateTime? since, DateTime? fridge, DateTime? freezer, DateTime? thawing)
    {
        var stays = ImmutableArray.CreateBuilder<Stay>();
        var assumptions = ImmutableArray.CreateBuilder<string>();
        if (fridge is { } f)
        {
            stays.Add(new Stay(StoragePlace.Fridge, f));
        }

        var thawed = thawing is not null || place.IsThawed();
        if (freezer is { } z)
        {
            stays.Add(new Stay(StoragePlace.Freezer, z));
        }
        else if (thawed)
        {
            var frozen = fridge ?? expressed;
            stays.Add(new Stay(StoragePlace.Freezer, frozen));
            assumptions.Add("You did not say when it went in the freezer, so the planner could not check that it was frozen in time. It counted as if it was frozen straight away.");
        }

        if (thawing is { } t)
        {
            stays.Add(new Stay(StoragePlace.ThawedInFridge, t));
        }

        if (place == StoragePlace.Leftover && stays.Count == 0)
        {
            // Most leftover milk came from the fridge; counting it as fresh milk is the safe reading, but say so.
            assumptions.Add("The planner counted the milk as fresh, at room temperature until the feed. If it was in the fridge or freezer before, say when under \u201cWas it somewhere else before?\u201d.");
        }

        var last = stays.Count > 0 ? stays[^1].Since : expressed;
        if (place != StoragePlace.Room || since is not null)
        {
            stays.Add(new Stay(place, since ?? last));
        }

        return (new MilkHistory(expressed, stays.ToImmutable()), assumptions.ToImmutable());
    }
}
