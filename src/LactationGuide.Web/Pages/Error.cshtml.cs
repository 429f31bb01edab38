using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LactationGuide.Web.Pages;

/// <summary>The friendly page shown when the site fails; it never shows what failed.</summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    /// <summary>Shown by the exception handler; asked for by its address, nothing has failed, so there is no such page.</summary>
    public IActionResult OnGet()
    {
        if (HttpContext.Features.Get<IExceptionHandlerPathFeature>() is null)
        {
            return NotFound();
        }

        Response.StatusCode = StatusCodes.Status500InternalServerError;
        return Page();
    }
}
