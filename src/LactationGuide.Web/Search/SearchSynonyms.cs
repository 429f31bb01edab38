using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using LactationGuide.Web.Content;

namespace LactationGuide.Web.Search;

/// <summary>
/// Groups of words and phrases that mean the same thing to a reader ("let down", "milk ejection"), read from
/// <c>content/search-synonyms.txt</c>. A phrase is kept as its words, split the way the search splits a query, and
/// looked up without its determiners ("my", "the"), as a query's words are.
/// </summary>
public sealed partial class SearchSynonyms
{
    public const string FileName = "search-synonyms.txt";

    private readonly FrozenDictionary<string, ImmutableArray<ImmutableArray<string>>> _groupByPhrase;

    private SearchSynonyms(IReadOnlyList<ImmutableArray<ImmutableArray<string>>> groups)
    {
        Groups = [.. groups];
        _groupByPhrase = groups
            .SelectMany(g => g.Select(phrase => (Key: Key(phrase), Group: g)))
            .ToFrozenDictionary(p => p.Key, p => p.Group, StringComparer.Ordinal);
        LongestPhrase = groups.SelectMany(g => g).Select(p => p.Count(w => !SearchQuery.IsDeterminer(w))).DefaultIfEmpty(1).Max();
    }

    public static SearchSynonyms None { get; } = new([]);

    public ImmutableArray<ImmutableArray<ImmutableArray<string>>> Groups { get; }

    /// <summary>The most words in any phrase, determiners aside: how far ahead a query needs to look for one.</summary>
    public int LongestPhrase { get; }

    /// <summary>
    /// The group holding this phrase (its words other than determiners, joined by single spaces), or default when it
    /// has none. A phrase with a word in another form than the listed one ("pees", "latching on", "cookies") belongs
    /// to the listed one's group: the file cannot list every ending parents type.
    /// </summary>
    public ImmutableArray<ImmutableArray<string>> GroupOf(string phrase)
    {
        if (_groupByPhrase.TryGetValue(phrase, out var group))
        {
            return group;
        }

        var words = phrase.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            foreach (var form in OtherForms(words[i]))
            {
                if (_groupByPhrase.TryGetValue(string.Join(' ', words.Take(i).Append(form).Concat(words.Skip(i + 1))), out group))
                {
                    return group;
                }
            }
        }

        return default;
    }

    private static readonly string[] Endings = ["ing", "ed"];

    /// <summary>
    /// What a word may be without a plural, -ing or -ed ending: "pees" → "pee", "cookies" → "cookie", "latching" →
    /// "latch", "stopped" → "stop", "tasted" → "taste". Only a guess, so it is used only to find a listed word, and
    /// never shorter than three letters ("does" is not "do").
    /// </summary>
    private static IEnumerable<string> OtherForms(string word)
    {
        if (!word.All(char.IsLetter))
        {
            return [];
        }

        var forms = new List<string>();
        if (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal))
        {
            forms.Add(word[..^1]);
            if (word.EndsWith("ies", StringComparison.Ordinal))
            {
                forms.Add(word[..^3] + "y");
            }
            else if (word.EndsWith("es", StringComparison.Ordinal))
            {
                forms.Add(word[..^2]);
            }
        }

        foreach (var ending in Endings.Where(e => word.EndsWith(e, StringComparison.Ordinal)))
        {
            var stem = word[..^ending.Length];
            forms.Add(stem);
            forms.Add(stem + "e");
            if (stem.Length >= 2 && stem[^1] == stem[^2])
            {
                forms.Add(stem[..^1]);
            }
        }

        return forms.Where(f => f.Length >= 3);
    }

    /// <summary>Reads the synonyms file in a content folder; a folder without one has no synonyms.</summary>
    /// <exception cref="ContentValidationException">The file breaks the format; every problem is listed as file:line.</exception>
    public static SearchSynonyms Load(string contentRoot)
    {
        var path = Path.Combine(contentRoot, FileName);
        return File.Exists(path) ? Parse(path, File.ReadAllLines(path)) : None;
    }

    public static SearchSynonyms Parse(string file, IReadOnlyList<string> lines)
    {
        var errors = new List<ContentError>();
        var groups = new List<ImmutableArray<ImmutableArray<string>>>();
        var firstLineOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            var (line, number) = (lines[i].Trim(), i + 1);
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var group = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
            var errorsBefore = errors.Count;
            foreach (var entry in line.Split(','))
            {
                var phrase = entry.Trim();
                if (phrase.Length == 0)
                {
                    errors.Add(new ContentError(file, number, "an empty entry: separate words and phrases with single commas"));
                }
                else if (!AllowedPhrase().IsMatch(phrase))
                {
                    errors.Add(new ContentError(file, number, $"'{phrase}' may hold only lowercase letters, digits, spaces, hyphens and apostrophes"));
                }
                else if (SearchQuery.SplitWords(phrase) is { Length: > 0 } words)
                {
                    var key = Key(words);
                    if (firstLineOf.TryGetValue(key, out var earlier))
                    {
                        errors.Add(new ContentError(file, number, earlier == number
                            ? $"'{phrase}' is in this group twice (the search reads it as '{key}')"
                            : $"'{phrase}' is already in the group on line {earlier}; a phrase can be in one group only"));
                    }
                    else
                    {
                        firstLineOf[key] = number;
                        group.Add(words);
                    }
                }
            }

            if (group.Count == 1 && errors.Count == errorsBefore)
            {
                errors.Add(new ContentError(file, number, "a group needs at least two words or phrases"));
            }

            groups.Add(group.ToImmutable());
        }

        if (errors.Count > 0)
        {
            throw new ContentValidationException(errors);
        }

        return new SearchSynonyms(groups);
    }

    private static string Key(ImmutableArray<string> words)
    {
        var meaningful = words.Where(w => !SearchQuery.IsDeterminer(w)).ToList();
        return string.Join(' ', meaningful.Count > 0 ? meaningful : [.. words]);
    }

    /// <summary>What a phrase of the search's own files may hold: lowercase letters, digits, spaces, hyphens and apostrophes.</summary>
    [GeneratedRegex(@"^[\p{Ll}\p{Nd}][\p{Ll}\p{Nd} '\-]*$")]
    internal static partial Regex AllowedPhrase();
}
