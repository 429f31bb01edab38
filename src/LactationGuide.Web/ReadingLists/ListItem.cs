using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace LactationGuide.Web.ReadingLists;

/// <summary>What a reading list can hold: an article's section, an answer to a question, or a warning sign.</summary>
public enum ListItemKind
{
    Section,
    Answer,
    Sign,
}

/// <summary>
/// The id of an item in a list's address, <c>{page}.{id}</c>: <c>milk-storage.fridge</c> (a section of
/// <c>/articles/milk-storage</c>), <c>faq.mastitis</c> (the answer at <c>/faq/mastitis</c>) or
/// <c>unwell.hard-to-wake</c> (the sign at <c>/unwell#hard-to-wake</c>). Each maps one to one to the address it was
/// published at, so that the registry of published addresses covers list ids too.
/// </summary>
public sealed partial record ListItemKey(ListItemKind Kind, string Page, string Id)
{
    public const string FaqPage = "faq";
    public const string SignsPage = "unwell";

    public static ListItemKey Section(string article, string section) => new(ListItemKind.Section, article, section);

    public static ListItemKey Answer(string slug) => new(ListItemKind.Answer, FaqPage, slug);

    public static ListItemKey Sign(string id) => new(ListItemKind.Sign, SignsPage, id);

    /// <summary>The key as it is written in a list's address.</summary>
    public override string ToString() => $"{Page}.{Id}";

    /// <summary>Where the item lives on the site, as the registry of published ids writes it.</summary>
    public string Address => Kind switch
    {
        ListItemKind.Section => $"/articles/{Page}#{Id}",
        ListItemKind.Answer => $"/faq/{Id}",
        _ => $"/unwell#{Id}",
    };

    /// <summary>The key written as <c>page.id</c>, lower case, or null when the text cannot be one (it is then never shown back).</summary>
    public static ListItemKey? Parse(string text)
    {
        var match = KeyPattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var (page, id) = (match.Groups["page"].Value, match.Groups["id"].Value);
        return page switch
        {
            FaqPage => Answer(id),
            SignsPage => Sign(id),
            _ => Section(page, id),
        };
    }

    /// <summary>Slugs and ids as the content allows them (lowercase letters, digits, single hyphens), of a length a real one has.</summary>
    [GeneratedRegex("^(?<page>[a-z0-9]+(?:-[a-z0-9]+)*)\\.(?<id>[a-z0-9]+(?:-[a-z0-9]+)*)$")]
    private static partial Regex KeyPattern();
}

/// <summary>A source an item cites, with the number it has on the item's own page, and written out as HTML.</summary>
public sealed record ListSource(int Number, string Id, string Html);

/// <summary>The review dates of the article an item belongs to.</summary>
public sealed record ListItemReview(DateOnly LastReviewed, DateOnly NextReview, DateOnly? LastCorrected);

/// <summary>
/// One item a reading list can hold, rendered once when the content loads: its heading, its text as HTML (links,
/// callouts and warning signs in place, with no id that could clash with another item's), its sources, the page it
/// comes from, and how many printed lines it takes.
/// </summary>
/// <param name="Group">What the builder lists it under: the article's title, the questions, or a sign's level.</param>
/// <param name="FromTitle">The page the item comes from, linked from the list so the whole page is one tap away.</param>
/// <param name="Review">The review dates of the article it belongs to (a section), or explains it (an answer); null for a sign.</param>
/// <param name="PrintLines">An estimate of the lines it fills on paper (<see cref="PrintEstimate"/>).</param>
public sealed record ListItem(
    ListItemKey Key,
    string Heading,
    string Group,
    string Html,
    ImmutableArray<ListSource> Sources,
    string FromTitle,
    string FromUrl,
    ListItemReview? Review,
    double PrintLines)
{
    public ListItemKind Kind => Key.Kind;

    /// <summary>The item's own place in a list page, and the prefix of the ids inside it.</summary>
    public string Anchor => Key.ToString();
}
