using LactationGuide.Web.MilkStorage;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LactationGuide.Web.Pages.Tools;

/// <summary>The milk storage planner: a GET form, so every answer has an address that can be shared or bookmarked.</summary>
public sealed class MilkStorageModel(MilkStoragePlanner planner) : PageModel
{
    public const string Path = "/tools/milk-storage";

    public PlannerOutcome Outcome { get; private set; } = null!;

    /// <summary>This answer's bottle label, or null when there is nothing to put on one.</summary>
    public string? LabelUrl { get; private set; }

    /// <summary>Whether only the result is wanted (the page's script asks for it as the reader types).</summary>
    public bool ResultOnly { get; private set; }

    public IActionResult OnGet([FromQuery] PlannerInput input, [FromQuery] string? partial)
    {
        if (planner.Rules is null)
        {
            return NotFound();
        }

        Outcome = planner.Plan(input);
        ResultOnly = partial is not null;
        if (Outcome.HasErrors)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        if (Outcome.Plan?.Answer is { Covered: true, UseBy: not null, Status: not MilkStatus.ThrowAway })
        {
            // The label needs no "now": what it prints does not change with the time it is printed.
            var query = new QueryBuilder(Request.Query.Where(q => q.Key is not ("partial" or "now")));
            LabelUrl = Path + "/label" + query.ToQueryString();
        }

        return ResultOnly ? Partial("_MilkStorageResult", this) : Page();
    }
}
