using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LactationGuide.Web.Pages;

/// <summary>The page for 4xx answers: the status code stays, the reader gets the site and a way on.</summary>
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    public void OnGet(int code)
    {
        Code = code is >= 400 and <= 499 ? code : StatusCodes.Status404NotFound;
        Response.StatusCode = Code;
    }
}
