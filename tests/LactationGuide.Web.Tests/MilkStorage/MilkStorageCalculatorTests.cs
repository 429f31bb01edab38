using System.Collections.Immutable;
using System.Globalization;
using LactationGuide.Web.MilkStorage;

using LactationGuide.Web.Tests.Content;

namespace LactationGuide.Web.Tests.MilkStorage;

/// <summary>
/// The planner's answers, case by case, with the real rules file. The expected times are written out by hand from the
/// guidelines themselves (CDC, ABM Protocol #8 of 2017, NHS and the Breastfeeding Network: the sources the rules file
/// and the milk storage article cite), not read from the rules, so a change to a figure in the rules shows up here.
/// </summary>
public sealed class MilkStorageCalculatorTests
{
    private static readonly MilkStorageRules Rules = RealRules.Load();
    private static readonly Guideline Cdc = Rules.FindGuideline("cdc")!;
    private static readonly Guideline Abm = Rules.FindGuideline("abm")!;
    private static readonly Guideline Uk = Rules.FindGuideline("uk")!;

    [Theory]
    [InlineData("cdc", "2026-11-22T07:10")]
    [InlineData("abm", "2026-11-22T07:10")]
    [InlineData("uk", "2026-11-22T07:10")]
    public void Fresh_milk_at_room_temperature_keeps_the_guideline_s_shortest_time(string guideline, string useBy)
    {
        var answer = Answer(guideline, History("2026-11-22T03:10"), now: null);

        Assert.Equal(T(useBy), answer.UseBy);
        Assert.Equal(StoragePlace.Room, answer.Place);
    }

    [Fact]
    public void Exactly_at_the_limit_is_use_soon_and_one_minute_later_is_throw_away()
    {
        var history = History("2026-11-22T03:10");

        Assert.Equal(MilkStatus.UseSoon, Answer("cdc", history, "2026-11-22T07:10").Status);
        Assert.Equal(MilkStatus.ThrowAway, Answer("cdc", history, "2026-11-22T07:11").Status);
    }

    [Fact]
    public void Use_soon_starts_when_a_quarter_of_the_time_is_left()
    {
        var history = History("2026-11-22T03:10");

        Assert.Equal(MilkStatus.StillFine, Answer("cdc", history, "2026-11-22T06:09").Status);
        Assert.Equal(MilkStatus.UseSoon, Answer("cdc", history, "2026-11-22T06:10").Status);
    }

    [Fact]
    public void Without_the_readers_clock_there_is_a_use_by_but_no_status()
    {
        var answer = Answer("cdc", History("2026-11-22T03:10", (StoragePlace.Fridge, "2026-11-22T03:30")), now: null);

        Assert.Equal(T("2026-11-26T03:10"), answer.UseBy);
        Assert.Null(answer.Status);
    }

    [Fact]
    public void Fridge_time_counts_from_expressing_not_from_going_in_the_fridge()
    {
        var history = History("2026-11-22T03:10", (StoragePlace.Fridge, "2026-11-22T06:00"));

        Assert.Equal(T("2026-11-26T03:10"), Answer("cdc", history, null).UseBy);
        Assert.Equal(T("2026-11-26T03:10"), Answer("abm", history, null).UseBy);
        Assert.Equal(T("2026-11-25T03:10"), Answer("uk", history, null).UseBy);
    }

    [Theory]
    [InlineData("cdc")]
    [InlineData("uk")]
    public void Milk_left_out_past_its_time_before_the_fridge_is_thrown_away_even_without_a_clock(string guideline)
    {
        var history = History("2026-11-22T03:10", (StoragePlace.Fridge, "2026-11-22T07:11"));

        var answer = Answer(guideline, history, null);

        Assert.Equal(MilkStatus.ThrowAway, answer.Status);
        Assert.Contains(answer.Why, w => w == "It had already run out of time at room temperature by Sun 22 Nov 2026, 07:11, when it was moved.");
    }

    [Fact]
    public void UK_room_time_is_four_hours_because_the_planner_cannot_know_the_room_is_not_warm()
    {
        // The second clinical check's high finding: the ABM gives 4 hours at most in a warm room; on a hot day a
        // label saying 6 hours kept milk 2 hours past the ABM's most for a warm room.
        var answer = Answer("uk", History("2026-07-06T08:00"), "2026-07-06T12:30");

        Assert.Equal(MilkStatus.ThrowAway, answer.Status);
        Assert.Equal(T("2026-07-06T12:00"), answer.UseBy);
        Assert.Equal("BfN: up to 6 hours.", Rules.Rule(StoragePlace.Room, Uk).Allowance);
    }

    [Fact]
    public void UK_milk_thawed_in_the_fridge_overnight_and_warmed_is_fine_for_an_hour_from_warming()
    {
        // The second clinical check: thawed the NHS way (in the fridge) and warmed 10 minutes ago, it was called
        // "Throw it away" because the hour was counted from leaving the freezer the night before.
        var history = History(
            "2026-11-20T08:00",
            (StoragePlace.Freezer, "2026-11-20T09:00"),
            (StoragePlace.ThawedInFridge, "2026-12-05T22:00"),
            (StoragePlace.ThawedAtRoomTemperature, "2026-12-06T07:00"));

        var answer = Answer("uk", history, "2026-12-06T07:10");

        Assert.Equal(MilkStatus.UseSoon, answer.Status);
        Assert.Equal(T("2026-12-06T08:00"), answer.UseBy);
    }

    [Fact]
    public void UK_fridge_thawed_milk_warmed_near_its_twelve_hours_keeps_no_more_than_the_fridge_gave_it()
    {
        var history = History(
            "2026-11-20T08:00",
            (StoragePlace.Freezer, "2026-11-20T09:00"),
            (StoragePlace.ThawedInFridge, "2026-12-05T22:00"),
            (StoragePlace.ThawedAtRoomTemperature, "2026-12-06T09:30"));

        Assert.Equal(T("2026-12-06T10:00"), Answer("uk", history, null).UseBy);
    }

    [Fact]
    public void Fresh_then_fridge_then_freezer_then_thawed_counts_each_step()
    {
        var expressed = "2026-01-10T08:00";
        var frozen = History(expressed, (StoragePlace.Fridge, "2026-01-10T08:30"), (StoragePlace.Freezer, "2026-01-12T20:00"));
        var thawed = History(
            expressed,
            (StoragePlace.Fridge, "2026-01-10T08:30"),
            (StoragePlace.Freezer, "2026-01-12T20:00"),
            (StoragePlace.ThawedInFridge, "2026-05-01T21:00"));

        Assert.Equal(T("2026-07-10T08:00"), Answer("cdc", frozen, null).UseBy);
        var answer = Answer("cdc", thawed, "2026-05-02T09:00");
        Assert.Equal(StoragePlace.ThawedInFridge, answer.Place);
        Assert.Equal(T("2026-05-02T21:00"), answer.UseBy);
        Assert.Equal(MilkStatus.StillFine, answer.Status);
        Assert.Equal(T("2026-05-02T09:00"), Answer("uk", thawed, null).UseBy);
    }

    /// <summary>
    /// The case the old planner got wrong: "pumped yesterday at 6 pm, straight into the fridge, freezing it now". It
    /// counted the night as room temperature (the fridge was behind a closed "somewhere else before?") and said to
    /// throw the milk away. Told the fridge, every guideline gives six months from expressing.
    /// </summary>
    [Theory]
    [InlineData("cdc")]
    [InlineData("abm")]
    [InlineData("uk")]
    public void Pumped_at_6_pm_straight_into_the_fridge_and_frozen_next_morning_keeps_six_months_from_expressing(string guideline)
    {
        var history = History("2026-11-21T18:00", (StoragePlace.Fridge, "2026-11-21T18:00"), (StoragePlace.Freezer, "2026-11-22T11:00"));

        var answer = Answer(guideline, history, "2026-11-22T11:05");

        Assert.Equal(T("2027-05-21T18:00"), answer.UseBy);
        Assert.Equal(StoragePlace.Freezer, answer.Place);
        Assert.Equal(MilkStatus.StillFine, answer.Status);
        Assert.Contains(answer.Why, w => w == "Counted from when it was expressed: Sat 21 Nov 2026, 18:00.");
    }

    [Fact]
    public void Milk_the_reader_says_stayed_out_all_night_before_freezing_is_thrown_away_and_says_why()
    {
        // Only the reader's own times say so: out from 18:00, frozen at 11:00 the next day.
        var history = History("2026-11-21T18:00", (StoragePlace.Room, "2026-11-21T18:00"), (StoragePlace.Freezer, "2026-11-22T11:00"));

        var answer = Answer("uk", history, null);

        Assert.Equal(MilkStatus.ThrowAway, answer.Status);
        Assert.Contains(answer.Why, w => w == "It had already run out of time at room temperature by Sun 22 Nov 2026, 11:00, when it was moved.");
    }

    [Fact]
    public void The_strictest_answer_is_the_earliest_use_by()
    {
        var answers = MilkStorageCalculator.Answers(Rules, History("2026-11-22T03:00", (StoragePlace.Fridge, "2026-11-22T03:00")), null);

        var strictest = MilkStorageCalculator.Strictest(answers);

        Assert.Equal(Uk, strictest.Guideline);
        Assert.Equal(T("2026-11-25T03:00"), strictest.UseBy);
    }

    [Fact]
    public void The_strictest_answer_is_throw_away_when_any_guideline_says_so()
    {
        // Six hours out: past the CDC's and ABM's 4 hours, within BfN's 6.
        var answers = MilkStorageCalculator.Answers(Rules, History("2026-11-22T03:00", (StoragePlace.Fridge, "2026-11-22T08:00")), null);

        var strictest = MilkStorageCalculator.Strictest(answers);

        Assert.Equal(Cdc, strictest.Guideline);
        Assert.Equal(MilkStatus.ThrowAway, strictest.Status);
    }

    [Fact]
    public void A_guideline_that_gives_no_time_is_never_the_strictest_answer()
    {
        // Straight into a cooler bag: the UK gives a time only for milk cooled in the fridge first.
        var answers = MilkStorageCalculator.Answers(Rules, History("2026-11-22T03:00", (StoragePlace.CoolerBag, "2026-11-22T03:00")), null);

        var strictest = MilkStorageCalculator.Strictest(answers);

        Assert.False(answers.Single(a => a.Guideline == Uk).Covered);
        Assert.Equal(Cdc, strictest.Guideline);
        Assert.Equal(T("2026-11-23T03:00"), strictest.UseBy);
    }

    [Fact]
    public void UK_milk_in_the_ice_box_inside_a_fridge_keeps_two_weeks_from_expressing_not_a_freezers_six_months()
    {
        var history = History("2026-11-22T03:00", (StoragePlace.Fridge, "2026-11-22T03:10"), (StoragePlace.IceBox, "2026-11-23T09:00"));

        var answer = Answer("uk", history, "2026-12-06T02:00");

        Assert.Equal(StoragePlace.IceBox, answer.Place);
        Assert.Equal(T("2026-12-06T03:00"), answer.UseBy);
        Assert.Equal(MilkStatus.UseSoon, answer.Status);
        Assert.Equal(MilkStatus.ThrowAway, Answer("uk", history, "2026-12-06T03:01").Status);
        Assert.Contains(answer.Why, w => w == "NHS: up to 2 weeks in the ice compartment of a fridge.");
    }

    [Theory]
    [InlineData("cdc", "The CDC gives times only for a freezer")]
    [InlineData("abm", "ABM Protocol #8 gives times only for a freezer")]
    public void The_CDC_and_the_ABM_give_no_time_for_an_ice_box_and_the_planner_lends_it_none(string guideline, string says)
    {
        var history = History("2026-11-22T03:00", (StoragePlace.IceBox, "2026-11-22T03:00"));

        var answer = Answer(guideline, history, "2026-11-22T04:00");

        Assert.False(answer.Covered);
        Assert.Null(answer.UseBy);
        Assert.Null(answer.Status);
        Assert.Contains(answer.Why, w => w.Contains("No time given. " + says, StringComparison.Ordinal));
        var strictest = MilkStorageCalculator.Strictest(MilkStorageCalculator.Answers(Rules, history, null));
        Assert.Equal(Uk, strictest.Guideline);
        Assert.Equal(T("2026-12-06T03:00"), strictest.UseBy);
    }

    [Fact]
    public void Milk_thawed_from_the_ice_box_counts_from_leaving_the_ice_box()
    {
        var history = History("2026-11-22T03:00", (StoragePlace.IceBox, "2026-11-22T03:00"), (StoragePlace.Fridge, "2026-12-01T20:00"));

        var answer = Answer("uk", history, null);

        Assert.Equal(StoragePlace.ThawedInFridge, answer.Place);
        Assert.Equal(T("2026-12-02T08:00"), answer.UseBy);
        Assert.Contains(answer.Why, w => w.StartsWith("Counted from when it came out of the ice compartment", StringComparison.Ordinal));
    }

    [Fact]
    public void Milk_left_in_the_ice_box_past_two_weeks_is_thrown_away_when_it_comes_out()
    {
        var history = History("2026-11-22T03:00", (StoragePlace.IceBox, "2026-11-22T03:00"), (StoragePlace.ThawedInFridge, "2026-12-06T04:00"));

        Assert.Equal(MilkStatus.ThrowAway, Answer("uk", history, null).Status);
    }

    [Fact]
    public void Thawed_milk_put_in_the_ice_box_is_frozen_again_and_thrown_away()
    {
        var history = History(
            "2026-01-10T08:00",
            (StoragePlace.Freezer, "2026-01-10T09:00"),
            (StoragePlace.ThawedInFridge, "2026-02-01T20:00"),
            (StoragePlace.IceBox, "2026-02-01T22:00"));

        var answer = Answer("uk", history, null);

        Assert.Equal(MilkStatus.ThrowAway, answer.Status);
        Assert.Contains(answer.Why, w => w.Contains("must never be frozen again", StringComparison.Ordinal));
    }

    [Fact]
    public void Milk_kept_in_the_fridge_too_long_before_freezing_is_thrown_away()
    {
        var history = History("2026-01-10T08:00", (StoragePlace.Fridge, "2026-01-10T08:30"), (StoragePlace.Freezer, "2026-01-14T08:01"));

        Assert.Equal(MilkStatus.ThrowAway, Answer("cdc", history, null).Status);
    }

    [Fact]
    public void Frozen_milk_put_in_the_fridge_is_thawed_milk()
    {
        var history = History("2026-01-10T08:00", (StoragePlace.Freezer, "2026-01-10T09:00"), (StoragePlace.Fridge, "2026-02-01T20:00"));

        var answer = Answer("cdc", history, null);

        Assert.Equal(StoragePlace.ThawedInFridge, answer.Place);
        Assert.Equal(T("2026-02-02T20:00"), answer.UseBy);
    }

    [Theory]
    [InlineData("cdc")]
    [InlineData("abm")]
    [InlineData("uk")]
    public void Thawed_milk_frozen_again_is_thrown_away(string guideline)
    {
        var history = History(
            "2026-01-10T08:00",
            (StoragePlace.Freezer, "2026-01-10T09:00"),
            (StoragePlace.ThawedInFridge, "2026-02-01T20:00"),
            (StoragePlace.Freezer, "2026-02-01T22:00"));

        var answer = Answer(guideline, history, null);

        Assert.Equal(MilkStatus.ThrowAway, answer.Status);
        Assert.Contains(answer.Why, w => w.Contains("must never be frozen again", StringComparison.Ordinal));
    }

    [Fact]
    public void Thawed_milk_counts_from_leaving_the_freezer_and_warming_never_adds_time()
    {
        var history = History(
            "2026-01-10T08:00",
            (StoragePlace.Freezer, "2026-01-10T09:00"),
            (StoragePlace.ThawedInFridge, "2026-02-01T20:00"),
            (StoragePlace.ThawedAtRoomTemperature, "2026-02-02T19:30"));

        var cdc = Answer("cdc", history, null);

        // Warmed with 30 minutes of its 24 fridge hours left: the 1 hour at room temperature cannot outlast them.
        Assert.Equal(T("2026-02-02T20:00"), cdc.UseBy);
        Assert.Contains(cdc.Why, w => w.Contains("earlier time stands", StringComparison.Ordinal));
        Assert.Equal(T("2026-02-02T08:00"), Answer("uk", history, null).UseBy);
        Assert.Equal(MilkStatus.ThrowAway, Answer("uk", history, null).Status);
    }

    [Fact]
    public void Milk_thawed_at_room_temperature_gets_one_hour_from_the_freezer_by_every_guideline()
    {
        var history = History("2026-01-10T08:00", (StoragePlace.Freezer, "2026-01-10T09:00"), (StoragePlace.ThawedAtRoomTemperature, "2026-02-01T20:00"));

        // BfN's 12 hours is for milk thawed in the fridge; for milk thawed out of it the NHS says "straight away".
        Assert.Equal(T("2026-02-01T21:00"), Answer("cdc", history, null).UseBy);
        Assert.Equal(T("2026-02-01T21:00"), Answer("abm", history, null).UseBy);
        Assert.Equal(T("2026-02-01T21:00"), Answer("uk", history, null).UseBy);
    }

    [Fact]
    public void UK_milk_thawed_and_left_out_for_five_hours_is_thrown_away()
    {
        // The clinical check's case: the planner once called this "Use soon" under UK guidance (12 hours).
        var history = History("2026-01-10T08:00", (StoragePlace.Freezer, "2026-01-10T09:00"), (StoragePlace.ThawedAtRoomTemperature, "2026-02-01T20:00"));

        var answer = Answer("uk", history, "2026-02-02T01:00");

        Assert.Equal(MilkStatus.ThrowAway, answer.Status);
        Assert.Equal(StoragePlace.ThawedAtRoomTemperature, answer.Place);
    }

    [Fact]
    public void UK_milk_thawed_at_room_temperature_is_never_called_still_fine()
    {
        var history = History("2026-01-10T08:00", (StoragePlace.Freezer, "2026-01-10T09:00"), (StoragePlace.ThawedAtRoomTemperature, "2026-02-01T20:00"));

        Assert.Equal(MilkStatus.UseSoon, Answer("uk", history, "2026-02-01T20:05").Status);
    }

    [Fact]
    public void UK_thawed_milk_is_never_called_still_fine_because_the_NHS_says_use_it_once_thawed()
    {
        var history = History("2026-01-10T08:00", (StoragePlace.Freezer, "2026-01-10T09:00"), (StoragePlace.ThawedInFridge, "2026-02-01T20:00"));

        Assert.Equal(MilkStatus.UseSoon, Answer("uk", history, "2026-02-01T20:05").Status);
        Assert.Equal(MilkStatus.StillFine, Answer("cdc", history, "2026-02-01T20:05").Status);
    }

    [Theory]
    [InlineData("cdc", "2026-11-22T12:30")]
    [InlineData("abm", "2026-11-22T11:30")]
    [InlineData("uk", "2026-11-22T11:30")]
    public void Leftover_milk_counts_from_when_the_feed_ended(string guideline, string useBy)
    {
        var history = History("2026-11-22T03:00", (StoragePlace.Fridge, "2026-11-22T03:05"), (StoragePlace.Leftover, "2026-11-22T10:30"));

        Assert.Equal(T(useBy), Answer(guideline, history, null).UseBy);
    }

    [Fact]
    public void Leftover_milk_cannot_outlast_the_time_the_milk_had_before_the_feed()
    {
        var history = History("2026-11-22T03:00", (StoragePlace.Leftover, "2026-11-22T06:30"));

        Assert.Equal(T("2026-11-22T07:00"), Answer("cdc", history, null).UseBy);
    }

    [Fact]
    public void Leftover_milk_put_back_in_the_fridge_gets_no_more_time()
    {
        var history = History("2026-11-22T03:00", (StoragePlace.Fridge, "2026-11-22T03:05"), (StoragePlace.Leftover, "2026-11-22T10:30"), (StoragePlace.Fridge, "2026-11-22T10:40"));

        var answer = Answer("cdc", history, null);

        Assert.Equal(T("2026-11-22T12:30"), answer.UseBy);
        Assert.Equal(StoragePlace.Leftover, answer.Place);
    }

    [Fact]
    public void UK_gives_a_cooler_bag_time_only_for_milk_cooled_in_the_fridge_first()
    {
        var straight = History("2026-11-22T03:00", (StoragePlace.CoolerBag, "2026-11-22T03:10"));
        var chilled = History("2026-11-22T03:00", (StoragePlace.Fridge, "2026-11-22T03:10"), (StoragePlace.CoolerBag, "2026-11-23T07:00"));

        var ukStraight = Answer("uk", straight, null);
        Assert.False(ukStraight.Covered);
        Assert.Null(ukStraight.UseBy);
        Assert.Equal(T("2026-11-23T03:00"), Answer("cdc", straight, null).UseBy);
        Assert.Equal(T("2026-11-24T07:00"), Answer("uk", chilled, null).UseBy);
    }

    [Fact]
    public void A_cooler_bag_after_the_fridge_never_outlasts_the_fridge_time()
    {
        var history = History("2026-11-22T03:00", (StoragePlace.Fridge, "2026-11-22T03:10"), (StoragePlace.CoolerBag, "2026-11-25T20:00"));

        Assert.Equal(T("2026-11-26T03:00"), Answer("cdc", history, null).UseBy);
    }

    [Fact]
    public void Fridge_milk_left_out_again_gets_no_time_rather_than_a_guessed_one()
    {
        var history = History("2026-11-22T03:00", (StoragePlace.Fridge, "2026-11-22T03:10"), (StoragePlace.Room, "2026-11-23T07:00"));

        var answers = Rules.Guidelines.Select(g => MilkStorageCalculator.Answer(Rules, g, history, null));

        Assert.All(answers, a => Assert.False(a.Covered));
        Assert.All(answers, a => Assert.Null(a.UseBy));
    }

    [Theory]
    [InlineData("2026-11-22T22:30", "room", "2026-11-23T02:30")]
    [InlineData("2026-12-31T21:00", "room", "2027-01-01T01:00")]
    [InlineData("2026-01-30T12:00", "fridge", "2026-02-03T12:00")]
    [InlineData("2026-02-26T12:00", "fridge", "2026-03-02T12:00")]
    [InlineData("2028-02-26T12:00", "fridge", "2028-03-01T12:00")]
    [InlineData("2026-08-31T12:00", "freezer", "2027-02-28T12:00")]
    [InlineData("2027-08-31T12:00", "freezer", "2028-02-29T12:00")]
    public void Times_run_across_midnight_month_ends_year_ends_and_leap_days(string expressed, string place, string useBy)
    {
        Assert.True(StoragePlaces.TryParse(place, out var where));
        var history = History(expressed, (where, expressed));

        Assert.Equal(T(useBy), Answer("cdc", history, null).UseBy);
    }

    [Fact]
    public void The_plan_lists_the_other_guidelines_and_whether_they_differ()
    {
        var fridge = MilkStorageCalculator.Plan(Rules, History("2026-11-22T03:00", (StoragePlace.Fridge, "2026-11-22T03:00")), Cdc, null);
        var frozen = MilkStorageCalculator.Plan(Rules, History("2026-11-22T03:00", (StoragePlace.Fridge, "2026-11-22T03:00"), (StoragePlace.Freezer, "2026-11-22T04:00")), Abm, null);

        Assert.True(fridge.GuidelinesDiffer);
        Assert.Equal([Abm, Uk], fridge.OtherAnswers.Select(a => a.Guideline));
        Assert.False(frozen.GuidelinesDiffer);
    }

    [Fact]
    public void What_to_do_next_comes_from_the_rules_and_is_empty_for_milk_to_throw_away()
    {
        var fresh = MilkStorageCalculator.Plan(Rules, History("2026-11-22T03:00", (StoragePlace.Fridge, "2026-11-22T03:00")), Cdc, T("2026-11-22T04:00"));
        var old = MilkStorageCalculator.Plan(Rules, History("2026-11-22T03:00"), Cdc, T("2026-11-22T09:00"));

        Assert.Equal(Rules.Place(StoragePlace.Fridge).WhatNext, fresh.WhatNext);
        Assert.Contains(fresh.WhatNext, a => a.Text.Contains("back of the fridge", StringComparison.Ordinal));
        Assert.Empty(old.WhatNext);
        Assert.Equal(MilkStatus.ThrowAway, old.Answer.Status);
    }

    [Fact]
    public void A_use_by_past_the_end_of_the_calendar_is_thrown_away_not_a_crash()
    {
        var answer = Answer("cdc", History("9999-10-01T12:00", (StoragePlace.Freezer, "9999-10-01T12:00")), null);

        Assert.Null(answer.UseBy);
        Assert.Equal(MilkStatus.ThrowAway, answer.Status);
    }

    private static GuidelineAnswer Answer(string guideline, MilkHistory history, string? now) =>
        MilkStorageCalculator.Answer(Rules, Rules.FindGuideline(guideline)!, history, now is null ? null : T(now));

    private static MilkHistory History(string expressed, params (StoragePlace Place, string Since)[] stays) =>
        new(T(expressed), [.. stays.Select(s => new Stay(s.Place, T(s.Since)))]);

    private static DateTime T(string text) => DateTime.ParseExact(text, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
}

/// <summary>The repository's own rules, loaded and checked the way the site loads them.</summary>
internal static class RealRules
{
    public static MilkStorageRules Load() =>
        SiteContent.Loader(RepositoryPaths.Content, _ => true, SitePages).Load().StorageRules!;

    public static readonly IReadOnlySet<string> SitePages = ImmutableHashSet.Create("/", "/faq", "/tools/milk-storage", "/unwell");
}

/// <summary>Copies of the repository's real content, for tests that change it.</summary>
internal static class RealContent
{
    public static string Copy()
    {
        var root = Path.Combine(Path.GetTempPath(), "lactationguide-tests", Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Content, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(root, Path.GetRelativePath(RepositoryPaths.Content, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return root;
    }
}
