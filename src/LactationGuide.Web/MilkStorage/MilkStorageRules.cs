using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using LactationGuide.Web.Content;

namespace LactationGuide.Web.MilkStorage;

/// <summary>Where the milk is. The order is the order readers see them in, on the form and in the article's table.</summary>
public enum StoragePlace
{
    Room,
    CoolerBag,
    Fridge,
    Freezer,

    /// <summary>The small freezer compartment inside a fridge: not as cold as a freezer, so milk keeps less time there.</summary>
    IceBox,
    ThawedInFridge,
    ThawedAtRoomTemperature,
    Leftover,
}

/// <summary>When a storage time starts to count.</summary>
public enum CountsFrom
{
    /// <summary>When the milk was expressed: fresh milk uses up its time wherever it is kept.</summary>
    Expressed,

    /// <summary>When the milk got to where it is now (thawed milk, the end of a feed).</summary>
    Arrival,

    /// <summary>When the milk came out of the freezer.</summary>
    OutOfFreezer,
}

public static class StoragePlaces
{
    // Indexed by the place's number (the order of StoragePlace; a test checks every pair). A plain array, not a
    // dictionary: a dictionary keyed by an enum is generic code that ReadyToRun cannot compile ahead of time, so the JIT
    // had to compile it while the site started.
    private static readonly string[] Ids =
    [
        "room", "cooler-bag", "fridge", "freezer", "ice-box", "thawed-in-fridge", "thawed-at-room-temperature", "leftover",
    ];

    /// <summary>The id used in the rules file and in the planner's URLs.</summary>
    public static string Id(this StoragePlace place) => Ids[(int)place];

    public static bool TryParse(string? id, out StoragePlace place)
    {
        var index = Array.IndexOf(Ids, id);
        place = (StoragePlace)Math.Max(index, 0);
        return index >= 0;
    }

    /// <summary>Every place's id, in the order of <see cref="StoragePlace"/>.</summary>
    public static IEnumerable<string> AllIds => Enum.GetValues<StoragePlace>().Select(Id);

    public static bool IsFresh(this StoragePlace place) => place is StoragePlace.Room or StoragePlace.CoolerBag or StoragePlace.Fridge;

    public static bool IsThawed(this StoragePlace place) => place is StoragePlace.ThawedInFridge or StoragePlace.ThawedAtRoomTemperature;

    /// <summary>Where milk is kept frozen: a freezer or the ice box inside a fridge.</summary>
    public static bool IsFrozen(this StoragePlace place) => place is StoragePlace.Freezer or StoragePlace.IceBox;

    /// <summary>Where each place's time starts unless a rule says otherwise.</summary>
    public static CountsFrom DefaultStart(this StoragePlace place) =>
        place.IsFresh() || place.IsFrozen() ? CountsFrom.Expressed : CountsFrom.Arrival;
}

/// <summary>A storage time as a guideline states it: a whole number of hours, days, weeks or months.</summary>
public readonly record struct StorageLimit(int Amount, StorageUnit Unit)
{
    /// <summary>The moment the time runs out, or null when that is past the end of the calendar.</summary>
    public DateTime? After(DateTime start)
    {
        try
        {
            // Months are calendar months: 31 January + 1 month is 28 or 29 February, never 2 or 3 March.
            return Unit switch
            {
                StorageUnit.Hours => start.AddHours(Amount),
                StorageUnit.Days => start.AddDays(Amount),
                StorageUnit.Weeks => start.AddDays(7 * Amount),
                _ => start.AddMonths(Amount),
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    public override string ToString()
    {
        var unit = Unit switch
        {
            StorageUnit.Hours => "hour",
            StorageUnit.Days => "day",
            StorageUnit.Weeks => "week",
            _ => "month",
        };
        return string.Create(CultureInfo.InvariantCulture, $"{Amount} {unit}{(Amount == 1 ? "" : "s")}");
    }

    public static bool TryParse(string? text, out StorageLimit limit)
    {
        limit = default;
        var parts = (text ?? "").Split(' ');
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount is < 1 or > 1000)
        {
            return false;
        }

        StorageUnit? unit = parts[1] switch
        {
            "hour" or "hours" => StorageUnit.Hours,
            "day" or "days" => StorageUnit.Days,
            "week" or "weeks" => StorageUnit.Weeks,
            "month" or "months" => StorageUnit.Months,
            _ => null,
        };
        // Only the canonical spelling ("1 hour", "4 hours"), so that the article shows what the file says.
        if (unit is null || new StorageLimit(amount, unit.Value).ToString() != text)
        {
            return false;
        }

        limit = new StorageLimit(amount, unit.Value);
        return true;
    }
}

public enum StorageUnit
{
    Hours,
    Days,
    Weeks,
    Months,
}

/// <summary>A body of storage advice (CDC, ABM, UK) and the sources it is cited from.</summary>
public sealed record Guideline(string Id, string Name, string LongName, string Heading, ImmutableArray<Source> Sources);

/// <summary>A piece of advice on what to do next, with where it comes from.</summary>
public sealed record Advice(string Text, ImmutableArray<Source> Sources);

/// <summary>One place the milk can be, as readers see it, and what to do next while the milk is there.</summary>
public sealed record PlaceInfo(StoragePlace Place, string Name, string Heading, ImmutableArray<Advice> WhatNext)
{
    public string Id => Place.Id();
}

/// <summary>
/// What one guideline says about milk in one place. <see cref="Limit"/> is null when the guideline gives no time for
/// the place; <see cref="Note"/> then says so, and the planner counts nothing with it.
/// </summary>
public sealed record StorageRule(
    StoragePlace Place,
    Guideline Guideline,
    StorageLimit? Limit,
    string? Condition,
    string? By,
    string? Allowance,
    string? Note,
    StoragePlace? OnlyAfter,
    bool UseStraightAway,
    CountsFrom CountsFrom,
    ImmutableArray<Source> Sources)
{
    /// <summary>The rule in one plain sentence or three: the article's table cell, and the planner's "why".</summary>
    public string Describe()
    {
        if (Limit is null)
        {
            return "No time given. " + Note;
        }

        var text = new StringBuilder();
        text.Append(By is null ? "Up to " : $"{By}: up to ").Append(Limit);
        if (Condition is not null)
        {
            text.Append(' ').Append(Condition);
        }

        text.Append('.');
        foreach (var sentence in new[] { Allowance, Note })
        {
            if (sentence is not null)
            {
                text.Append(' ').Append(sentence);
            }
        }

        return text.ToString();
    }
}

/// <summary>
/// Every storage time the site knows, from <c>content/milk-storage-rules.yaml</c>: what the planner counts with and
/// what the storage article's table shows. Immutable; a content reload builds a new one.
/// </summary>
public sealed class MilkStorageRules
{
    // Places are looked up by their number and rules by guideline, then place: arrays and string keys, because
    // collections keyed by an enum or a tuple are generic code that ReadyToRun leaves to the JIT at start-up.
    private readonly FrozenDictionary<string, StorageRule?[]> _rules;
    private readonly FrozenDictionary<string, Guideline> _guidelines;
    private readonly PlaceInfo?[] _places = new PlaceInfo?[Enum.GetValues<StoragePlace>().Length];

    public MilkStorageRules(ImmutableArray<Guideline> guidelines, ImmutableArray<PlaceInfo> places, IEnumerable<StorageRule> rules)
    {
        Guidelines = guidelines;
        Places = places;
        _guidelines = guidelines.ToFrozenDictionary(g => g.Id, StringComparer.Ordinal);
        foreach (var place in places)
        {
            _places[(int)place.Place] = _places[(int)place.Place] is null
                ? place
                : throw new ArgumentException($"Two entries for the place {place.Place}", nameof(places));
        }

        var byGuideline = guidelines.ToDictionary(g => g.Id, _ => new StorageRule?[_places.Length], StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            if (!byGuideline.TryGetValue(rule.Guideline.Id, out var row))
            {
                throw new ArgumentException($"A rule for {rule.Place} names the unknown guideline {rule.Guideline.Id}", nameof(rules));
            }

            row[(int)rule.Place] = row[(int)rule.Place] is null
                ? rule
                : throw new ArgumentException($"Two rules for ({rule.Place}, {rule.Guideline.Id})", nameof(rules));
        }

        _rules = byGuideline.ToFrozenDictionary(StringComparer.Ordinal);
        var missing = places.SelectMany(p => guidelines.Select(g => (p.Place, g.Id))).Where(k => _rules[k.Id][(int)k.Place] is null).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException($"No rule for {string.Join(", ", missing)}", nameof(rules));
        }
    }

    /// <summary>In the order they are offered; the first is the default (the CDC's).</summary>
    public ImmutableArray<Guideline> Guidelines { get; }

    public ImmutableArray<PlaceInfo> Places { get; }

    public Guideline DefaultGuideline => Guidelines[0];

    public Guideline? FindGuideline(string? id) => id is null ? null : _guidelines.GetValueOrDefault(id);

    public PlaceInfo Place(StoragePlace place) =>
        _places[(int)place] ?? throw new KeyNotFoundException($"The rules have no entry for the place {place}");

    public StorageRule Rule(StoragePlace place, Guideline guideline) =>
        _rules[guideline.Id][(int)place] ?? throw new KeyNotFoundException($"No rule for ({place}, {guideline.Id})");

    /// <summary>A source's short name in running text: "CDC" for a guideline's only source, else its publisher.</summary>
    public string ShortName(Source source) =>
        Guidelines.FirstOrDefault(g => g.Sources is [var only] && only.Id == source.Id)?.Name ?? source.Publisher ?? source.Authors ?? source.Title;
}
