using LactationGuide.Web.Content;
using LactationGuide.Web.ReadingLists;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LactationGuide.Web.Pages.Lists;

/// <summary>
/// The list builder: the list so far (in its address, like the list itself), with ways to reorder it and take items
/// out, and every item the site offers as a checkbox. A GET form and plain links, so it works without JavaScript.
/// </summary>
public sealed class BuildModel(ContentLibraryProvider content) : PageModel
{
    public ListRequest List { get; private set; } = null!;

    /// <summary>Everything not in the list yet, in the groups the form shows them in.</summary>
    public IReadOnlyList<IGrouping<string, ListItem>> Choices { get; private set; } = [];

    public IActionResult OnGet()
    {
        if (content.Current.ReadingLists is not { } catalog)
        {
            return NotFound();
        }

        List = ListRequest.Parse(Request.QueryString.Value, Request.Query, catalog);
        if (List.TooLong)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var chosen = List.Items.ToHashSet();
        Choices = [.. catalog.Items.Where(i => !chosen.Contains(i)).GroupBy(i => i.Group)];
        return Page();
    }
}
