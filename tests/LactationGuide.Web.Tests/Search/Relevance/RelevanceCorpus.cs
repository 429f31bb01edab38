using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using LactationGuide.Web.Content;

namespace LactationGuide.Web.Tests.Search.Relevance;

/// <summary>One question of the relevance corpus and the places that answer it.</summary>
/// <param name="Answers">Addresses as search results link to them; the question is answered when one of them comes first.</param>
public sealed record RelevanceQuestion(string File, int Line, string Text, ImmutableArray<string> Answers)
{
    public override string ToString() => $"{File}:{Line}: {Text}";
}

/// <summary>
/// The questions in <c>tuning.txt</c> and <c>held-out.txt</c>, read strictly: a line that breaks the format, names a
/// place the site does not have or sits in the wrong half is reported as <c>file:line: reason</c>, like content.
/// </summary>
public static class RelevanceCorpus
{
    public const string Separator = " | ";

    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "LactationGuide.Web.Tests", "Search", "Relevance");

    public static ImmutableArray<RelevanceQuestion> Tuning => Load("tuning.txt");

    public static ImmutableArray<RelevanceQuestion> HeldOut => Load("held-out.txt");

    /// <summary>The half a question belongs to, by the rule the files state: the parity of the first byte of its SHA-256.</summary>
    public static string HalfOf(string question) =>
        SHA256.HashData(Encoding.UTF8.GetBytes(question))[0] % 2 == 0 ? "tuning.txt" : "held-out.txt";

    public static ImmutableArray<RelevanceQuestion> Load(string fileName) =>
        Parse(fileName, File.ReadAllLines(Path.Combine(Folder, fileName)));

    /// <exception cref="ContentValidationException">A line breaks the format or sits in the other half.</exception>
    /// <summary>
    /// Questions written to probe the search, kept outside the corpus (<c>benchmarks/search-relevance --probe FILE</c>):
    /// the same format, in no half.
    /// </summary>
    public static ImmutableArray<RelevanceQuestion> LoadProbes(string path) =>
        Parse(Path.GetFileName(path), File.ReadAllLines(path), inHalf: false);

    public static ImmutableArray<RelevanceQuestion> Parse(string fileName, IReadOnlyList<string> lines, bool inHalf = true)
    {
        var questions = ImmutableArray.CreateBuilder<RelevanceQuestion>();
        var errors = new List<ContentError>();
        var firstLineOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            var (line, number) = (lines[i].Trim(), i + 1);
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split(Separator.Trim());
            if (parts.Length != 2)
            {
                errors.Add(new ContentError(fileName, number, "write the question, then ' | ', then the addresses that answer it (one '|' a line)"));
                continue;
            }

            var text = parts[0].Trim();
            var answers = parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (text.Length == 0)
            {
                errors.Add(new ContentError(fileName, number, "the question is empty"));
            }
            else if (firstLineOf.TryGetValue(text, out var earlier))
            {
                errors.Add(new ContentError(fileName, number, $"the same question is on line {earlier}"));
            }
            else if (inHalf && HalfOf(text) != fileName)
            {
                errors.Add(new ContentError(fileName, number, $"this question belongs in {HalfOf(text)} (the halves are split by its SHA-256, see the top of the file)"));
            }

            firstLineOf.TryAdd(text, number);
            if (answers.Length == 0)
            {
                errors.Add(new ContentError(fileName, number, "no address after ' | ': name the places that answer the question"));
            }

            foreach (var answer in answers.Where(a => !a.StartsWith('/')))
            {
                errors.Add(new ContentError(fileName, number, $"'{answer}' is not an address on the site: write it as the search links to it, such as /articles/milk-storage#fridge"));
            }

            questions.Add(new RelevanceQuestion(fileName, number, text, [.. answers]));
        }

        if (errors.Count > 0)
        {
            throw new ContentValidationException(errors);
        }

        return questions.ToImmutable();
    }

    /// <summary>Every address a search can link to: each article, section, answer and glossary term.</summary>
    public static ImmutableHashSet<string> Places(ContentLibrary library) =>
    [
        .. library.Articles.SelectMany(a => a.TextBySection.Select(s => s.SectionId is null ? a.Url : $"{a.Url}#{s.SectionId}")),
        .. library.Faq.Select(f => f.Url),
        .. library.Glossary.Select(g => g.Url),
    ];
}
