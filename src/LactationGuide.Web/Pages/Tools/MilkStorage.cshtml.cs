using LactationGuide.Web.MilkStorage;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;

namespace LactationGuide.Web.Pages.Tools;

/// <summary>
/// The milk storage planner: one question at a time, each a plain GET form, so every step and every answer has an
/// address that works without JavaScript and can be shared or bookmarked.
/// </summary>
public sealed class MilkStorageModel(MilkStoragePlanner planner) : PageModel
{
    public const string Path = "/tools/milk-storage";

    public PlannerOutcome Outcome { get; private set; } = null!;

    /// <summary>This answer's bottle label, or null when there is nothing to put on one.</summary>
    public string? LabelUrl { get; private set; }

    public const string Heading = "Until when can I use this milk?";

    /// <summary>
    /// The page's title, before the site's name: a screen reader reads it first when the page loads, so past the first
    /// question it says which question this is, or the answer itself ("Use by Thu 26 Nov 2026, 01:00 – Until when …").
    /// </summary>
    public string Title
    {
        get
        {
            var answer = Outcome.Plan?.Answer;
            var step = answer is null ? Outcome.QuestionNumber > 1 ? $"Question {Outcome.QuestionNumber}" : null
                : answer.Status == MilkStatus.ThrowAway ? "Throw it away"
                : answer is { Covered: true, UseBy: { } useBy } ? "Use by " + PlannerTime.Display(useBy)
                : "No time given";
            return (Outcome.HasErrors ? "Error: " : "") + (step is null ? Heading : $"{step} – {Heading}");
        }
    }

    /// <summary>Whether only the planner's region is wanted (the page's script asks for it step by step).</summary>
    public bool ResultOnly { get; private set; }

    public IActionResult OnGet([FromQuery] PlannerInput input, [FromQuery] string? partial)
    {
        if (planner.Rules is null)
        {
            return NotFound();
        }

        Outcome = planner.Plan(input, PlannerLinks.PreferredLanguage(Request));
        ResultOnly = partial is not null;
        if (Outcome.HasErrors)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        if (Outcome.Plan is not null && Outcome.GuidelineSource != GuidelineSource.Chosen)
        {
            // The answer follows the reader's language: a shared cache must not hand one reader's to another.
            Response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptLanguage);
        }

        if (Outcome.Plan?.Answer is { Covered: true, UseBy: not null, Status: not MilkStatus.ThrowAway })
        {
            // The label needs no "now" (what it prints does not change with the time it is printed), and names the
            // guidance, so that it says what the answer said whoever opens it.
            LabelUrl = Path + "/label" + PlannerLinks.Answer(Outcome, Outcome.Guideline.Id);
        }

        return ResultOnly ? Partial("_MilkStoragePlanner", this) : Page();
    }
}

/// <summary>The planner's addresses: each step's, each answer's, and the reader's language for the default guidance.</summary>
public static class PlannerLinks
{
    /// <summary>The reader's most preferred language (such as <c>en-GB</c>), or null when the browser sends none.</summary>
    public static string? PreferredLanguage(HttpRequest request)
    {
        try
        {
            return request.GetTypedHeaders().AcceptLanguage
                .Where(l => l.Value.Length is > 0 and < 36 && l.Value != "*")
                .OrderByDescending(l => l.Quality ?? 1)
                .Select(l => l.Value.Value)
                .FirstOrDefault();
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>The query of the question after the answers so far: "?expressed=…&amp;been=…".</summary>
    public static string Question(PlannerOutcome outcome, int moves = int.MaxValue, bool withExpressed = true)
    {
        var query = new QueryBuilder();
        if (withExpressed && outcome.Expressed is { } expressed)
        {
            query.Add("expressed", PlannerTime.Input(expressed));
        }

        foreach (var move in outcome.Moves.Take(moves))
        {
            query.Add("been", MilkStoragePlanner.MoveValue(move));
        }

        if (outcome.GuidelineSource == GuidelineSource.Chosen)
        {
            query.Add("guideline", outcome.Guideline.Id);
        }

        return query.ToQueryString().Value ?? "";
    }

    /// <summary>The query of the answer: the whole history, "it is still there", and the guidance if one is named.</summary>
    public static string Answer(PlannerOutcome outcome, string? guideline, string? now = null)
    {
        var query = new QueryBuilder();
        query.Add("expressed", PlannerTime.Input(outcome.Expressed!.Value));
        foreach (var move in outcome.Moves)
        {
            query.Add("been", MilkStoragePlanner.MoveValue(move));
        }

        query.Add("to", MilkStoragePlanner.Still);
        if (guideline is not null)
        {
            query.Add("guideline", guideline);
        }

        if (now is not null)
        {
            query.Add("now", now);
        }

        return query.ToQueryString().Value!;
    }
}
