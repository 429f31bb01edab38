using System.Text.Encodings.Web;

namespace LactationGuide.Web.ReadingLists;

/// <summary>The addresses of lists and of the list builder, and the "Add to a reading list" link every item's page carries.</summary>
public static class ListLinks
{
    public const string ListPath = "/list";
    public const string BuilderPath = "/list/build";
    public const string ItemsKey = "items";

    /// <summary>A list's address: its items' keys in order, separated by commas (which need no escaping in a query).</summary>
    public static string List(IEnumerable<ListItemKey> keys) => ListPath + Query(keys);

    public static string Builder(IEnumerable<ListItemKey> keys) => keys.Any() ? BuilderPath + Query(keys) : BuilderPath;

    public static string Query(IEnumerable<ListItemKey> keys) => $"?{ItemsKey}={string.Join(',', keys)}";

    /// <summary>
    /// A plain link to the builder with this item chosen, so that it works without JavaScript; with it,
    /// js/reading-list.js adds the items chosen before (<c>data-list-add</c>). It is in the page's HTML from the
    /// start, so nothing moves when the script runs.
    /// </summary>
    public static string AddLink(ListItemKey key, string name)
    {
        var encode = HtmlEncoder.Default;
        var href = encode.Encode(Builder([key]));
        // A div, not a paragraph: it is a control, not part of the text (an article's last paragraph is its own closing note).
        return $"<div class=\"list-add\"><a href=\"{href}\" data-list-add=\"{encode.Encode(key.ToString())}\">Add to a reading list<span class=\"visually-hidden\">: {encode.Encode(name)}</span></a></div>";
    }
}
