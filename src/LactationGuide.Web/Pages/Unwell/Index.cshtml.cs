using LactationGuide.Web.Content;
using LactationGuide.Web.Sharing;
using LactationGuide.Web.WarningSigns;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LactationGuide.Web.Pages.Unwell;

public sealed class IndexModel(ContentLibraryProvider content, Handouts handouts) : PageModel
{
    public WarningSignList Signs { get; private set; } = null!;

    public Handout? Handout { get; private set; }

    public IActionResult OnGet()
    {
        if (content.Current.WarningSigns is not { } signs)
        {
            return NotFound();
        }

        Signs = signs;
        Handout = handouts.For(WarningSignList.PagePath);
        return Page();
    }
}
