using System.Collections.Frozen;
using System.Collections.Immutable;
using LactationGuide.Web.Content;

namespace LactationGuide.Web.ReadingLists;

/// <summary>
/// Everything a reading list can hold, in the order the builder shows it (articles in their order with their
/// sections, then the questions, then the warning signs, most urgent first), and the former ids that still lead to
/// each. Built once per content load; immutable.
/// </summary>
public sealed class ReadingListCatalog
{
    /// <summary>About a dozen items: what a consultant leaves a client with after an hour, and what a QR code holds comfortably.</summary>
    public const int MaxItems = 12;

    private readonly FrozenDictionary<ListItemKey, ListItem> _byKey;

    public ReadingListCatalog(IEnumerable<ListItem> items, IdAliases aliases)
    {
        Items = [.. items];
        Aliases = aliases;
        _byKey = Items.ToFrozenDictionary(i => i.Key);
    }

    public ImmutableArray<ListItem> Items { get; }

    /// <summary>The former slugs and ids of the site's pages, sections and signs, and what each now is.</summary>
    public IdAliases Aliases { get; }

    /// <summary>The item a key names, following a former id to the item that replaced it; null when there is none.</summary>
    public ListItem? Find(ListItemKey key)
    {
        if (_byKey.GetValueOrDefault(key) is { } item)
        {
            return item;
        }

        var current = key.Kind switch
        {
            ListItemKind.Answer => Aliases.Answer(key.Id) is { } slug ? ListItemKey.Answer(slug) : null,
            ListItemKind.Sign => Aliases.Sign(key.Id) is { } id ? ListItemKey.Sign(id) : null,
            _ => CurrentSection(key),
        };
        return current is null ? null : _byKey.GetValueOrDefault(current);
    }

    /// <summary>A section by its article's current or former slug, and its own current or former id.</summary>
    private ListItemKey? CurrentSection(ListItemKey key)
    {
        var article = Aliases.Article(key.Page) ?? key.Page;
        var section = ListItemKey.Section(article, key.Id);
        return _byKey.ContainsKey(section) ? section
            : Aliases.Section(article, key.Id) is { } id ? ListItemKey.Section(article, id)
            : null;
    }
}

/// <summary>The library's reading-list items, built from the articles, answers and warning signs.</summary>
public static class ReadingListContent
{
    extension(ContentLibrary library)
    {
        /// <summary>What a reading list can hold; null only when the content was loaded without reading lists.</summary>
        public ReadingListCatalog? ReadingLists => library.Find<ReadingListCatalog>();
    }
}
