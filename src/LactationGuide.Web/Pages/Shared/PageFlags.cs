namespace LactationGuide.Web.Pages.Shared;

/// <summary>What a page tells the layout about itself, through <c>ViewData</c>.</summary>
public static class PageFlags
{
    /// <summary>Set to true by a page that has a search box of its own: the header then offers none, so there is one.</summary>
    public const string HasSearchBox = "PageHasSearchBox";

    /// <summary>The id of that page's search input, where the header's search button leads.</summary>
    public const string PageSearchInputId = "search-page-q";
}
