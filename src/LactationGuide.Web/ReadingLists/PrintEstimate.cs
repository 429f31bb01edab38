using LactationGuide.Web.Content;
using Markdig.Extensions.Alerts;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace LactationGuide.Web.ReadingLists;

/// <summary>
/// How much paper a list takes, worked out on the server so that the builder can say a list is too long while it is
/// being made, with or without JavaScript. The unit is a printed line of body text in one of the handout's two
/// columns (11 pt, about 44 characters). The figures are rough on purpose, and on the safe side: the browser
/// tests print the longest lists that this says fit (<c>Browser/ReadingListBrowserTests</c>).
/// </summary>
public static class PrintEstimate
{
    /// <summary>Characters in a line of a column of body text.</summary>
    private const double CharactersPerLine = 42;

    /// <summary>
    /// What two sheets hold, less the list's title, QR code, date and note. Four Letter columns hold about 209 lines;
    /// the title block takes about 26 and breaks between columns waste some: items printed one by one in a column
    /// measured within 0.7 to 1.1 times their estimate (2026-12-06), and the longest lists estimated to fit print on
    /// two sheets (the browser test).
    /// </summary>
    public const double LinesOnTwoSheets = 150;

    /// <summary>An item's heading, the line saying where it is from, its review date, and the space between items.</summary>
    private const double ItemFrame = 8;

    /// <summary>Sources are printed small, three to a column's line-height of body text.</summary>
    private const double SourceLineShare = 0.7;

    public static double Sheets(double lines) => Math.Max(1, Math.Ceiling(lines / (LinesOnTwoSheets / 2)));

    public static double Lines(IEnumerable<ListItem> items) => items.Sum(i => i.PrintLines);

    public static bool FitsTwoSheets(IEnumerable<ListItem> items) => Lines(items) <= LinesOnTwoSheets;

    /// <summary>An article's section: its blocks, and its sources written out.</summary>
    public static double OfBlocks(IEnumerable<Block> blocks, IEnumerable<string> sourceTexts) =>
        ItemFrame + blocks.Sum(Block) + Sources(sourceTexts);

    /// <summary>An answer or a sign: its words, in so many paragraphs or list items, and its sources.</summary>
    public static double OfText(string text, int blocks, IEnumerable<string> sourceTexts) =>
        ItemFrame + Text(text.Length) + (blocks * 0.5) + Sources(sourceTexts);

    private static double Sources(IEnumerable<string> texts) => texts.Sum(t => Text(t.Length) * SourceLineShare);

    private static double Text(int characters) => Math.Ceiling(characters / CharactersPerLine);

    private static double Block(Block block) => block switch
    {
        AddToListBlock => 0,
        HeadingBlock heading => 1.5 + Text(PlainText.Of(heading).Length),
        // A table's cells wrap in narrow columns, and each row has its rule and padding.
        Table table => table.Count * 1.5 + Text(PlainText.Of(table).Length) * 1.3,
        IDrawnBlock drawn => 2 + (Text(drawn.PlainText.Length) * 1.3),
        AlertBlock alert => 2.5 + alert.Sum(Block),
        ListBlock list => 0.5 + list.Sum(item => Text(PlainText.Of(item).Length) + 0.2),
        ContainerBlock container => container.Sum(Block),
        _ => 0.5 + Text(PlainText.Of(block).Length),
    };
}
