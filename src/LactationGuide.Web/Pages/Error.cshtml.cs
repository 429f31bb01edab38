using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LactationGuide.Web.Pages;

/// <summary>The friendly page shown when the site fails; it never shows what failed.</summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status500InternalServerError;

    // The exception handler re-executes the failed request's method, which may be a POST.
    public void OnPost() => OnGet();
}
