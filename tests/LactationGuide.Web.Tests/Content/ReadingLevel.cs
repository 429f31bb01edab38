using System.Text.RegularExpressions;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using LactationGuide.Web.Content;

namespace LactationGuide.Web.Tests.Content;

/// <summary>
/// Flesch-Kincaid grade of an article's reading text: paragraphs and list items, not headings, tables,
/// citations, code or the source list (which readers skim rather than read).
/// </summary>
internal static partial class ReadingLevel
{
    public static (double Grade, int Words) OfArticle(string markdown)
    {
        var document = SiteContent.Markdown.Parse(markdown);
        var sentences = 0;
        var words = 0;
        var syllables = 0;
        foreach (var paragraph in document.Descendants<ParagraphBlock>())
        {
            if (paragraph.Parent is Table or TableCell || paragraph.FindAncestor<Table>() is not null)
            {
                continue;
            }

            // Each paragraph or list item ends a sentence even without a full stop (list items often have none).
            // Parsed without the source list, citations are still their [^id] text here: readers see a small number.
            var text = Citation().Replace(PlainText.Of(paragraph), "");
            foreach (var sentence in SentenceEnd().Split(text).Where(s => Word().IsMatch(s)))
            {
                sentences++;
                foreach (Match word in Word().Matches(sentence))
                {
                    words++;
                    syllables += Syllables(word.Value);
                }
            }
        }

        return words == 0 ? (0, 0) : ((0.39 * words / sentences) + (11.8 * syllables / words) - 15.59, words);
    }

    /// <summary>The usual vowel-group estimate, with silent final e and -es/-ed endings dropped.</summary>
    public static int Syllables(string word)
    {
        var w = NonLetter().Replace(word.ToLowerInvariant(), "");
        if (w.Length == 0)
        {
            return 0;
        }

        if (w.Length <= 3)
        {
            return 1;
        }

        w = SilentEnding().Replace(w, "");
        w = w.StartsWith('y') ? w[1..] : w;
        return Math.Max(1, VowelGroup().Matches(w).Count);
    }

    private static T? FindAncestor<T>(this Block block) where T : Block
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is T match)
            {
                return match;
            }
        }

        return null;
    }

    [GeneratedRegex(@"\[\^[^\]\s]+\]")]
    private static partial Regex Citation();

    [GeneratedRegex(@"[.!?]+(?:\s|$)|\n")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[A-Za-z][A-Za-z'’-]*")]
    private static partial Regex Word();

    [GeneratedRegex("[^a-z]")]
    private static partial Regex NonLetter();

    [GeneratedRegex("(?:[^laeiouy]es|ed|[^laeiouy]e)$")]
    private static partial Regex SilentEnding();

    [GeneratedRegex("[aeiouy]+")]
    private static partial Regex VowelGroup();
}
