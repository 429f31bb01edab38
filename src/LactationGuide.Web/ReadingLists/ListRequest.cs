using System.Collections.Immutable;
using Microsoft.Extensions.Primitives;

namespace LactationGuide.Web.ReadingLists;

/// <summary>Why an id in a list's address was left out of the list.</summary>
public enum LeftOutReason
{
    /// <summary>Shaped like an id, but nothing on the site has it (nor had it, as an alias).</summary>
    Unknown,

    /// <summary>Named again after the first time.</summary>
    Repeated,

    /// <summary>After the list was already full.</summary>
    OverLimit,

    /// <summary>Not shaped like an id at all; never shown back, since it could be anything.</summary>
    NotAnId,
}

/// <param name="Key">The id as it was asked for (lower case), or null for text that is not an id.</param>
public sealed record LeftOut(string? Key, LeftOutReason Reason);

/// <summary>
/// A list as its address asks for it: <c>?items=milk-storage.fridge,faq.mastitis</c>. Ids are matched whatever
/// their case and spaces, and renamed ids lead to what replaced them; what cannot be shown is named, not guessed.
/// </summary>
/// <param name="Items">The items, in the order asked for, each once, at most <see cref="ReadingListCatalog.MaxItems"/>.</param>
/// <param name="LeftOut">What was asked for and is not in <paramref name="Items"/>, and why.</param>
/// <param name="TooLong">The address is too long to be a list anyone made: nothing of it is read.</param>
/// <param name="IsCanonical">The request's query is exactly <see cref="Query"/>: the one address of this list.</param>
public sealed record ListRequest(ImmutableArray<ListItem> Items, ImmutableArray<LeftOut> LeftOut, bool TooLong, bool IsCanonical)
{
    /// <summary>
    /// Longer than any list of twelve real ids (the longest key is well under 100 characters), and short enough that a
    /// request cannot make the server do much work.
    /// </summary>
    public const int MaxQueryLength = 2_000;

    /// <summary>How many ids, good or bad, are read at most; past that the address is "too long".</summary>
    public const int MaxPieces = 100;

    public bool IsEmpty => Items.IsEmpty && LeftOut.IsEmpty;

    public IEnumerable<ListItemKey> Keys => Items.Select(i => i.Key);

    /// <summary>The list's one address's query: <c>?items=a,b,c</c>.</summary>
    public string Query => ListLinks.Query(Keys);

    public static ListRequest Parse(string? rawQuery, IQueryCollection query, ReadingListCatalog catalog)
    {
        var raw = rawQuery ?? "";
        if (raw.Length > MaxQueryLength)
        {
            return new([], [], TooLong: true, IsCanonical: false);
        }

        var values = query.TryGetValue(ListLinks.ItemsKey, out var v) ? v : StringValues.Empty;
        var pieces = values.SelectMany(value => (value ?? "").Split(',')).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (pieces.Count > MaxPieces)
        {
            return new([], [], TooLong: true, IsCanonical: false);
        }

        var items = new List<ListItem>();
        var leftOut = new List<LeftOut>();
        foreach (var piece in pieces)
        {
            var text = piece.ToLowerInvariant();
            if (ListItemKey.Parse(text) is not { } key)
            {
                leftOut.Add(new(null, LeftOutReason.NotAnId));
            }
            else if (catalog.Find(key) is not { } item)
            {
                leftOut.Add(new(text, LeftOutReason.Unknown));
            }
            else if (items.Contains(item))
            {
                leftOut.Add(new(item.Key.ToString(), LeftOutReason.Repeated));
            }
            else if (items.Count == ReadingListCatalog.MaxItems)
            {
                leftOut.Add(new(item.Key.ToString(), LeftOutReason.OverLimit));
            }
            else
            {
                items.Add(item);
            }
        }

        var canonical = leftOut.Count == 0 && items.Count > 0 && raw == ListLinks.Query(items.Select(i => i.Key));
        return new([.. items], [.. leftOut], TooLong: false, canonical);
    }
}
