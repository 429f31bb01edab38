namespace LactationGuide.Web.Pages.Shared;

/// <summary>What a page tells the layout about itself, through <c>ViewData</c>.</summary>
public static class PageFlags
{
    /// <summary>Set to true by a page that has a search box of its own: the header then offers none, so there is one.</summary>
    public const string HasSearchBox = "PageHasSearchBox";

    /// <summary>The id of that page's search input, where the header's search button leads.</summary>
    public const string PageSearchInputId = "search-page-q";

    /// <summary>
    /// A class for the page's <c>main</c> element, for styles of the whole page. Styling <c>main</c> by what it holds
    /// (<c>main:has(...)</c>) instead moves the page when that part arrives, after the browser has painted the first
    /// part of a page that comes in over a slow connection or is drawn by a slow phone.
    /// </summary>
    public const string MainClass = "PageMainClass";
}
