using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace LactationGuide.Web.Search;

/// <summary>
/// What a reader typed, made safe to show and to search: control and invisible formatting characters removed,
/// broken UTF-16 dropped, whitespace collapsed, and cut to <see cref="MaxLength"/> characters and
/// <see cref="MaxWords"/> words.
/// </summary>
public sealed record SearchQuery(string Text, ImmutableArray<string> Words, bool WasShortened)
{
    /// <summary>Longer than any question a parent types; long enough that a pasted sentence still works.</summary>
    public const int MaxLength = 200;

    /// <summary>Every word is a term in the index query, so the number of words bounds the work one search can cause.</summary>
    public const int MaxWords = 16;

    public static SearchQuery Empty { get; } = new("", [], false);

    public bool IsEmpty => Words.IsEmpty;

    public static SearchQuery Parse(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return Empty;
        }

        var text = Clean(input);
        var shortened = false;
        if (text.Length > MaxLength)
        {
            // Never cut a surrogate pair in half.
            var cut = char.IsHighSurrogate(text[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
            text = text[..cut].TrimEnd();
            shortened = true;
        }

        var words = SplitWords(text);
        if (words.Length > MaxWords)
        {
            words = words[..MaxWords];
            shortened = true;
        }

        return new SearchQuery(text, words, shortened);
    }

    /// <summary>
    /// The words in a text, lowercased, split where SQLite's unicode61 tokenizer splits: letters, digits and
    /// combining marks make words; everything else (spaces, punctuation, FTS5 syntax such as <c>"</c>, <c>*</c>,
    /// <c>:</c>, <c>^</c>) separates them. A word therefore never holds a character FTS5 would read as syntax.
    /// </summary>
    public static ImmutableArray<string> SplitWords(string text)
    {
        var words = ImmutableArray.CreateBuilder<string>();
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (IsWordCharacter(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words.ToImmutable();
    }

    /// <summary>
    /// Words so common that requiring them would only hide good answers ("how do I", "is it normal"), and single
    /// letters, which are left over from punctuation ("baby's", "&lt;b&gt;") far more often than meant.
    /// </summary>
    public static bool IsStopWord(string word) => StopWords.Contains(word) || (word.Length == 1 && char.IsLetter(word[0]));

    /// <summary>
    /// Words that say what kind of answer the reader wants ("is it normal", "is it safe", "should I worry") rather
    /// than what it is about: they count for little when results are ranked.
    /// </summary>
    public static bool IsFillerWord(string word) => FillerWords.Contains(word);

    /// <summary>
    /// Words that never change what a phrase means ("increase my milk supply" is "increase milk supply"): left out
    /// when a query is matched against the synonym list's phrases.
    /// </summary>
    public static bool IsDeterminer(string word) => Determiners.Contains(word);

    private static readonly FrozenSet<string> FillerWords = new[]
    {
        "actually", "advice", "ago", "alright", "anyone", "anything", "bad", "best", "common", "ever", "everything",
        "fine", "go", "goes", "going", "gone", "good", "got", "happen", "happened", "happens", "hi", "know", "lot",
        "lots", "many", "matter", "matters", "maybe", "mean", "means", "need", "needed", "needs", "normal", "ok", "okay",
        "please", "possible", "probably", "quite", "really", "right", "safe", "say", "says", "seem", "seems", "since",
        "someone", "something", "still", "sure", "tell", "thing", "things", "think", "tips", "tried", "try", "trying",
        "usual", "way", "ways", "went", "working", "worried", "worry", "worrying", "wrong", "yesterday", "yet",

        // "What's the difference between X and Y" asks about X and Y, not about the storage guidelines that differ.
        "difference",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Determiners = new[]
    {
        "a", "an", "her", "his", "my", "our", "the", "their", "your",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> StopWords = new[]
    {
        "about", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "been", "but", "by", "can", "could",
        "did", "do", "does", "doing", "every", "for", "from", "had", "has", "have", "how", "if", "in", "into", "is",
        "it", "its", "just", "me", "my", "no", "not", "of", "on", "or", "our", "should", "so", "that", "the", "their",
        "them", "then", "there", "these", "they", "this", "to", "up", "very", "want", "wants", "was", "we", "were",
        "what", "when", "where", "which", "who", "why", "will", "with", "would", "you", "your",

        // What an apostrophe leaves behind ("you'll" is read as "you" and "ll"); single letters are handled in IsStopWord.
        "ll", "re", "ve",

        // Those words typed without their apostrophe, as a phone keyboard often leaves them ("whats", "dont", "cant"):
        // otherwise each is a word the guide never uses, "fixed" into one it does ("cant" into "cans").
        "arent", "cant", "couldnt", "didnt", "doesnt", "dont", "hadnt", "hasnt", "havent", "hows", "im", "isnt", "ive",
        "shouldnt", "thats", "theres", "theyre", "wasnt", "werent", "whats", "whens", "wheres", "whos", "whys", "wont",
        "wouldnt", "youre",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static bool IsWordCharacter(char c) => char.GetUnicodeCategory(c) is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or
        UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber or
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static string Clean(string input)
    {
        var text = new StringBuilder(Math.Min(input.Length, MaxLength * 2));
        for (var i = 0; i < input.Length; i++)
        {
            var c = input[i];
            if (char.IsHighSurrogate(c) && i + 1 < input.Length && char.IsLowSurrogate(input[i + 1]))
            {
                text.Append(c).Append(input[++i]);
            }
            else if (char.IsSurrogate(c) || char.IsControl(c) || char.IsWhiteSpace(c) ||
                     char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
            {
                // Bidi overrides and zero-width characters would let a query look different from what is searched.
                if (text.Length > 0 && text[^1] != ' ')
                {
                    text.Append(' ');
                }
            }
            else
            {
                text.Append(c);
            }

            // Enough to fill MaxLength after normalisation; the rest of a huge input is never looked at.
            if (text.Length > MaxLength * 2)
            {
                break;
            }
        }

        return text.ToString().Normalize(NormalizationForm.FormKC).Trim();
    }
}
