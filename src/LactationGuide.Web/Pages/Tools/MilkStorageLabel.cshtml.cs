using LactationGuide.Web.MilkStorage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LactationGuide.Web.Pages.Tools;

/// <summary>A bottle label on a page of its own: printing it prints the label and nothing else.</summary>
public sealed class MilkStorageLabelModel(MilkStoragePlanner planner) : PageModel
{
    public PlannerOutcome Outcome { get; private set; } = null!;

    public GuidelineAnswer? Answer { get; private set; }

    public string PlannerUrl { get; private set; } = MilkStorageModel.Path;

    public IActionResult OnGet([FromQuery] PlannerInput input)
    {
        if (planner.Rules is null)
        {
            return NotFound();
        }

        Outcome = planner.Plan(input, PlannerLinks.PreferredLanguage(Request));
        PlannerUrl = MilkStorageModel.Path + Request.QueryString;
        Answer = Outcome.Plan?.Answer is { Covered: true, UseBy: not null, Status: not MilkStatus.ThrowAway } answer ? answer : null;
        if (Answer is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }
}
