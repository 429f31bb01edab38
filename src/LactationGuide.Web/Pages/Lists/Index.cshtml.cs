using LactationGuide.Web.Content;
using LactationGuide.Web.ReadingLists;
using LactationGuide.Web.Sharing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace LactationGuide.Web.Pages.Lists;

/// <summary>A reading list: the items its address names, in order, to read on a phone or print as one handout.</summary>
[OutputCache(PolicyName = ReadingListCachePolicy.Name)]
public sealed class IndexModel(ContentLibraryProvider content, Handouts handouts, TimeProvider time) : PageModel
{
    public ListRequest List { get; private set; } = null!;

    /// <summary>The list's one address (what its QR code holds), or null when nothing in the request could be shown.</summary>
    public string? Address { get; private set; }

    public Handout? Handout { get; private set; }

    /// <summary>The date the handout prints, from the server's clock (UTC); the page's script shows the reader's own day.</summary>
    public DateOnly Today { get; private set; }

    public IActionResult OnGet()
    {
        if (content.Current.ReadingLists is not { } catalog)
        {
            return NotFound();
        }

        if (Request.Query.Count == 0)
        {
            return Redirect(ListLinks.BuilderPath);
        }

        List = ListRequest.Parse(Request.QueryString.Value, Request.Query, catalog);
        if (List.TooLong || List.Items.IsEmpty)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Address = ListLinks.List(List.Keys);
        if (List.LeftOut.IsEmpty && !List.IsCanonical)
        {
            // The same list, written its one way (ids renamed since, spaces, a form's repeated items=): old QR codes land here.
            return RedirectPermanent(Address);
        }

        Handout = handouts.ForAddress(Address);
        Today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return Page();
    }
}
