using System.Diagnostics;
using System.Text;
using CsCheck;
using LactationGuide.Web.Content;
using LactationGuide.Web.MilkStorage;
using LactationGuide.Web.Search;
using LactationGuide.Web.Tests.MilkStorage;
using LactationGuide.Web.WarningSigns;
using Xunit.Abstractions;

namespace LactationGuide.Web.Tests.Content;

/// <summary>
/// The loader is total: whatever a careless editor saves (a line lost or pasted twice, a key misspelt, a value of the
/// wrong kind, a file cut short, a stray byte, another editor's line endings), loading gives either a library or
/// errors that each name a file and a line inside it, never an exception, and never hangs.
/// </summary>
/// <remarks>
/// Each case mutates one real content file (CsCheck chooses the file and one to three mutations, and shrinks a
/// failure to the smallest case that still fails) and loads it in a folder of its own beside only the files it is
/// read with: the storage rules with the article that shows them, a page that draws warning signs with the signs file,
/// the signs file with a page that draws from it. A whole content folder per case would cost a tenth of a second;
/// this way a few thousand cases take seconds, and every file, kind and cross-check is still read the site's way.
/// </remarks>
public sealed class LoaderMutationTests(ITestOutputHelper output)
{
    /// <summary>Enough for every file to be mutated dozens of ways; the run prints how long they took.</summary>
    private const int Cases = 3_000;

    /// <summary>Not a speed target: a guard against a load that never ends (a regex gone exponential, a loop).</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    private static readonly string Content = RepositoryPaths.Content;

    /// <summary>Every file of the real content, by its path in the content folder.</summary>
    private static readonly string[] Files =
    [
        .. Directory.EnumerateFiles(Content, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Content, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal),
    ];

    private static readonly Dictionary<string, string> Originals = Files.ToDictionary(f => f, f => File.ReadAllText(Path.Combine(Content, f)).ReplaceLineEndings("\n"));

    /// <summary>A page that draws warning signs: what a mutated signs file is read with.</summary>
    private static readonly string SignsPage =
        Files.First(f => f.StartsWith("faq/", StringComparison.Ordinal) && Original(f).Contains("```warning-signs", StringComparison.Ordinal));

    [Fact]
    public void Every_real_file_mutated_thousands_of_ways_loads_or_gives_errors_on_its_own_lines()
    {
        var folders = new ThreadLocal<string>(() => Directory.CreateTempSubdirectory("lactationguide-mutations-").FullName, trackAllValues: true);
        var clock = Stopwatch.StartNew();
        var caught = 0;
        var baseline = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
        try
        {
            Generator.Sample(
                c =>
                {
                    // Beside only its companions, even an unchanged file has errors (links to the files left out); a
                    // mutation is caught when it adds errors of its own.
                    var unchanged = baseline.GetOrAdd(c.File, _ => Check(c with { Mutations = [] }, folders.Value!));
                    if (Check(c, folders.Value!) != unchanged)
                    {
                        Interlocked.Increment(ref caught);
                    }
                },
                iter: Cases,
                threads: Math.Min(Environment.ProcessorCount, 2),
                print: c => c.ToString());
        }
        finally
        {
            foreach (var folder in folders.Values)
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        // Most mutations break something; the rest (a blank line duplicated, a line ending changed) read as before.
        output.WriteLine($"{Cases} mutated loads of {Files.Length} files in {clock.Elapsed.TotalSeconds:0.0} s: {caught} reported new errors, {Cases - caught} read as the unchanged file did");
    }

    [Fact]
    public void Every_real_file_is_mutated()
    {
        Assert.Contains("warning-signs.yaml", Files);
        Assert.Contains("milk-storage-rules.yaml", Files);
        Assert.Contains(SearchSynonyms.FileName, Files);
        Assert.Contains(SearchPhrases.FileName, Files);
        Assert.Contains(Files, f => f.StartsWith("articles/", StringComparison.Ordinal));
        Assert.Contains(Files, f => f.StartsWith("faq/", StringComparison.Ordinal));
        Assert.Contains(Files, f => f.StartsWith("glossary/", StringComparison.Ordinal));
    }

    /// <summary>The data files hold the safety-critical figures and are the hardest to read, so they get a larger share.</summary>
    private static Gen<Case> Generator { get; } =
        Gen.Select(
            Gen.Frequency<string>(
                (3, Gen.Const(WarningSignsReader.FileName)),
                (3, Gen.Const(MilkStorageRulesReader.FileName)),
                (1, Gen.Const(SearchSynonyms.FileName)),
                (1, Gen.Const(SearchPhrases.FileName)),
                (8, Gen.OneOf(Files))),
            Mutation.Generator.Array[1, 3],
            (file, mutations) => new Case(file, mutations));

    /// <summary>Loads the case and checks what it reported; returns how many errors.</summary>
    private static int Check(Case c, string root)
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(root))
        {
            if (Directory.Exists(entry))
            {
                Directory.Delete(entry, recursive: true);
            }
            else
            {
                File.Delete(entry);
            }
        }

        foreach (var file in c.ReadWith())
        {
            Write(root, file, Encoding.UTF8.GetBytes(Original(file)));
        }

        Write(root, c.File, c.Apply(Original(c.File)));

        var errors = new List<ContentError>();
        var load = Task.Run(() =>
        {
            try
            {
                if (c.File == SearchSynonyms.FileName)
                {
                    SearchSynonyms.Load(root);
                }
                else if (c.File == SearchPhrases.FileName)
                {
                    SearchPhrases.Load(root);
                }
                else
                {
                    SiteContent.Loader(root, _ => true, RealRules.SitePages).Load();
                }
            }
            catch (ContentValidationException e)
            {
                errors.AddRange(e.Errors);
            }
        });
        if (Task.WhenAny(load, Task.Delay(HangGuard)).GetAwaiter().GetResult() != load)
        {
            throw new TimeoutException($"loading took more than {HangGuard.TotalSeconds} s");
        }

        load.GetAwaiter().GetResult();

        foreach (var error in errors)
        {
            Assert.False(string.IsNullOrWhiteSpace(error.Reason), $"{error}: no reason");
            Assert.False(error.Reason.Contains('\n') || error.Reason.Contains('\r'), $"{error}: a reason is one line of the log");
            Assert.StartsWith(root, error.File, StringComparison.Ordinal);
            if (File.Exists(error.File))
            {
                var lines = LinesOf(error.File);
                Assert.True(error.Line >= 1 && error.Line <= lines, $"{error}: the file has {lines} lines");
            }
            else
            {
                // A whole folder's problem ("there are no articles", here where the case has none) has no line to point to.
                Assert.True(error.Line == 0 && Path.GetExtension(error.File).Length == 0, $"{error}: names neither a file nor a folder");
            }
        }

        return errors.Count;
    }

    /// <summary>Lines as the loader and an editor count them (CR, LF and CRLF each end one).</summary>
    private static int LinesOf(string file) =>
        file.EndsWith(".txt", StringComparison.Ordinal)
            ? Math.Max(1, File.ReadAllLines(file).Length)
            : File.ReadAllText(file).ReplaceLineEndings("\n").Split('\n').Length;

    private static void Write(string root, string file, byte[] bytes)
    {
        var path = Path.Combine(root, file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    private static string Original(string file) => Originals[file];

    /// <summary>One file of the content and what is done to it.</summary>
    private sealed record Case(string File, Mutation[] Mutations)
    {
        /// <summary>The other real files this one is read with, unchanged.</summary>
        public IEnumerable<string> ReadWith()
        {
            const string StorageArticle = "articles/milk-storage.md";
            if (File == MilkStorageRulesReader.FileName)
            {
                yield return StorageArticle;
            }

            if (File == StorageArticle)
            {
                yield return MilkStorageRulesReader.FileName;
            }

            if (File == WarningSignsReader.FileName)
            {
                yield return SignsPage;
            }
            else if (Original(File).Contains("```warning-signs", StringComparison.Ordinal))
            {
                yield return WarningSignsReader.FileName;
            }
        }

        public byte[] Apply(string text)
        {
            foreach (var mutation in Mutations.Where(m => !m.IsBytes))
            {
                text = mutation.ApplyToText(text);
            }

            var bytes = Encoding.UTF8.GetBytes(text);
            foreach (var mutation in Mutations.Where(m => m.IsBytes))
            {
                bytes = mutation.ApplyToBytes(bytes);
            }

            return bytes;
        }

        public override string ToString() => $"{File}: {string.Join("; ", Mutations.Select(m => m.ToString()))}";
    }

    private enum Kind
    {
        DeleteLines,
        DuplicateLine,
        SwapLines,
        RenameKey,
        EmptyValue,
        WrongValue,
        Indent,
        InsertLine,
        Truncate,
        InvalidUtf8,
        ByteOrderMark,
        CrLf,
        LoneCr,
    }

    /// <summary>One thing a careless edit does, at positions CsCheck picks (taken modulo the file's size).</summary>
    private sealed record Mutation(Kind Kind, int A, int B)
    {
        /// <summary>What a pasted or half-typed line can hold: Markdown and YAML syntax, and worse.</summary>
        private static readonly string[] Lines =
        [
            "", "---", "...", "```", "```warning-signs", "```storage-table", "> [!URGENT]", "> [!EMERGENCY]", "> [!PANIC]",
            "> ```warning-signs", "> dehydration", "#", "## ", "## A heading {#}", "## A heading {#first-days}", "# A title",
            "[^]", "[^nope]", "[^a][^b]", "[a link](../articles/nope.md#nowhere)", "[a link](#)", "[a link](/)", "![](x)",
            "- id:", "- id: cdc", "  -", "-", "key: [", "key: {", "\t- x", "? a", ": b", "&anchor x", "*anchor", "!!binary x",
            "%YAML 1.1", "|", ">-", "'", "\"", "| a | b |", "|---|---|", "<script>alert(1)</script>", "[[", "]]", "\\",
            "\u0000", "\u200b", "\ufeff", "é", "sources:", "signs:", "places:", "guidelines:", "rules:", "levels:",
        ];

        /// <summary>Values of the wrong kind, or none at all.</summary>
        private static readonly string[] Values =
        [
            "", "\"\"", "''", "~", "null", "[]", "{}", "[a, b]", "{a: 1}", "0", "-1", "99999999999999999999", "1.5", "true",
            "yes", "2026-13-45", "2026-02-30", "0001-01-01", "9999-12-31", "\"", "'", "|", ">", "&a x", "*a", "!!int x", "@x",
            "`x`", "a: b", "# comment", "x\ty", "\u0000", "[", "{", "- a", "http://", "https://", "https://x y", "%", "é",
        ];

        public static Gen<Mutation> Generator { get; } =
            Gen.Select(Gen.Enum<Kind>(), Gen.Int[0, 10_000], Gen.Int[0, 10_000], (kind, a, b) => new Mutation(kind, a, b));

        public bool IsBytes => Kind is Kind.InvalidUtf8 or Kind.ByteOrderMark or Kind.CrLf or Kind.LoneCr;

        public string ApplyToText(string text)
        {
            var lines = text.Split('\n').ToList();
            var at = A % lines.Count;
            var other = B % lines.Count;
            switch (Kind)
            {
                case Kind.DeleteLines:
                    lines.RemoveRange(at, Math.Min(1 + (B % 3), lines.Count - at));
                    break;
                case Kind.DuplicateLine:
                    lines.Insert(at, lines[at]);
                    break;
                case Kind.SwapLines:
                    (lines[at], lines[other]) = (lines[other], lines[at]);
                    break;
                case Kind.RenameKey:
                    lines[at] = RenameKey(lines[at], B);
                    break;
                case Kind.EmptyValue or Kind.WrongValue:
                    lines[at] = ReplaceValue(lines[at], Kind == Kind.EmptyValue ? Values[B % 3] : Values[B % Values.Length]);
                    break;
                case Kind.Indent:
                    lines[at] = (B % 3) switch
                    {
                        0 => "  " + lines[at],
                        1 => lines[at].TrimStart(),
                        _ => " " + lines[at],
                    };
                    break;
                case Kind.InsertLine:
                    lines.Insert(at, Lines[B % Lines.Length]);
                    break;
                case Kind.Truncate:
                    return text[..(int)((long)text.Length * A / 10_000)];
            }

            return string.Join('\n', lines);
        }

        public byte[] ApplyToBytes(byte[] bytes)
        {
            var at = bytes.Length == 0 ? 0 : A % bytes.Length;
            return Kind switch
            {
                // A lone continuation byte, a truncated sequence and a byte that is never UTF-8.
                Kind.InvalidUtf8 => [.. bytes[..at], .. (B % 3) switch { 0 => new byte[] { 0x80 }, 1 => [0xC3], _ => [0xFF, 0xFE] }, .. bytes[at..]],
                Kind.ByteOrderMark => [0xEF, 0xBB, 0xBF, .. bytes],
                Kind.CrLf => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace("\n", "\r\n", StringComparison.Ordinal)),
                Kind.LoneCr => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace("\n", "\r", StringComparison.Ordinal)),
                _ => bytes,
            };
        }

        /// <summary>A typo in the key of a <c>key: value</c> line (or in the line's first word when it has no key).</summary>
        private static string RenameKey(string line, int how)
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var start = line.Length - line.TrimStart(' ', '-').Length;
            var end = colon > start ? colon : Math.Min(line.Length, start + 4);
            var key = line[start..end];
            var renamed = (how % 5) switch
            {
                0 when key.Length > 1 => key[1..],
                1 => key + "s",
                2 => key.ToUpperInvariant(),
                3 => "",
                _ => new[] { "id", "title", "sources", "level", "limit", "order", "term", "question" }[how % 8],
            };
            return line[..start] + renamed + line[end..];
        }

        private static string ReplaceValue(string line, string value)
        {
            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            return colon < 0 ? line + ": " + value : line[..(colon + 2)] + value;
        }

        public override string ToString() => Kind switch
        {
            Kind.InvalidUtf8 or Kind.ByteOrderMark or Kind.CrLf or Kind.LoneCr or Kind.Truncate => $"{Kind}({A})",
            _ => $"{Kind}({A}, {B})",
        };
    }
}
