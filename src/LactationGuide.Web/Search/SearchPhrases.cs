using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using LactationGuide.Web.Content;

namespace LactationGuide.Web.Search;

/// <summary>
/// The words parents type for what one place answers, when the place itself does not use them ("yellow sticky milk"
/// for colostrum), read from <c>content/search-phrases.txt</c>: one line per place, its address, a colon and the
/// phrases separated by commas. The search reads them as part of the place: a word in them counts as a word of the
/// place for how much of a question it covers, and for bm25 more than a word in its text and less than its heading.
/// </summary>
public sealed partial class SearchPhrases
{
    public const string FileName = "search-phrases.txt";

    private readonly ImmutableArray<(string Address, int Line)> _addresses;

    private SearchPhrases(string file, FrozenDictionary<string, ImmutableArray<string>> byAddress, ImmutableArray<(string, int)> addresses)
    {
        File = file;
        ByAddress = byAddress;
        _addresses = addresses;
    }

    public static SearchPhrases None { get; } = new(FileName, FrozenDictionary<string, ImmutableArray<string>>.Empty, []);

    /// <summary>The file the phrases were read from, for error messages.</summary>
    public string File { get; }

    /// <summary>Each place's phrases, by the address search results link to.</summary>
    public FrozenDictionary<string, ImmutableArray<string>> ByAddress { get; }

    /// <summary>The phrases of the place at this address, as one text for the index; empty when it has none.</summary>
    public string TextOf(string address) => ByAddress.TryGetValue(address, out var phrases) ? string.Join(", ", phrases) : "";

    /// <summary>Reads the phrases file in a content folder; a folder without one has no phrases.</summary>
    /// <exception cref="ContentValidationException">The file breaks the format; every problem is listed as file:line.</exception>
    public static SearchPhrases Load(string contentRoot)
    {
        var path = Path.Combine(contentRoot, FileName);
        return System.IO.File.Exists(path) ? Parse(path, System.IO.File.ReadAllLines(path)) : None;
    }

    public static SearchPhrases Parse(string file, IReadOnlyList<string> lines)
    {
        var errors = new List<ContentError>();
        var byAddress = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal);
        var addresses = ImmutableArray.CreateBuilder<(string, int)>();
        var lineOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            var (line, number) = (lines[i].Trim(), i + 1);
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var address = colon < 0 ? line : line[..colon].Trim();
            if (colon < 0 || !AddressPattern().IsMatch(address))
            {
                errors.Add(new ContentError(file, number, "write the place's address (/articles/slug, /articles/slug#section or /faq/slug), a colon, then its phrases separated by commas"));
                continue;
            }

            if (!lineOf.TryAdd(address, number))
            {
                errors.Add(new ContentError(file, number, $"'{address}' already has its phrases on line {lineOf[address]}"));
                continue;
            }

            var phrases = ImmutableArray.CreateBuilder<string>();
            foreach (var entry in line[(colon + 1)..].Split(','))
            {
                var phrase = entry.Trim();
                if (phrase.Length == 0)
                {
                    errors.Add(new ContentError(file, number, "an empty phrase: separate phrases with single commas"));
                }
                else if (!SearchSynonyms.AllowedPhrase().IsMatch(phrase))
                {
                    errors.Add(new ContentError(file, number, $"'{phrase}' may hold only lowercase letters, digits, spaces, hyphens and apostrophes"));
                }
                else if (phrases.Contains(phrase))
                {
                    errors.Add(new ContentError(file, number, $"'{phrase}' is listed twice for this place"));
                }
                else
                {
                    phrases.Add(phrase);
                }
            }

            byAddress[address] = phrases.ToImmutable();
            addresses.Add((address, number));
        }

        if (errors.Count > 0)
        {
            throw new ContentValidationException(errors);
        }

        return new SearchPhrases(file, byAddress.ToFrozenDictionary(StringComparer.Ordinal), addresses.ToImmutable());
    }

    /// <summary>Every address must be an article, section or answer the search shows: a section renamed or removed leaves its line behind.</summary>
    /// <exception cref="ContentValidationException">Every line whose address is not a place, as file:line.</exception>
    public void CheckAddresses(IReadOnlySet<string> places)
    {
        var errors = _addresses
            .Where(a => !places.Contains(a.Address))
            .Select(a => new ContentError(File, a.Line, $"'{a.Address}' is not an article, section or answer the search shows: fix the address or remove the line"))
            .ToList();
        if (errors.Count > 0)
        {
            throw new ContentValidationException(errors);
        }
    }

    [GeneratedRegex(@"^/(articles/[a-z0-9-]+(#[a-z0-9-]+)?|faq/[a-z0-9-]+)$")]
    private static partial Regex AddressPattern();
}
