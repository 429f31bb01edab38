using System.Collections.Immutable;
using System.Globalization;
using Markdig.Syntax;

namespace LactationGuide.Web.Content;

/// <summary>
/// An article's front matter, read strictly, with its values checked and each problem reported at the line of its
/// key: dates, the review state, the sources, the corrections.
/// </summary>
internal sealed class ArticleFrontMatterReader
{
    private readonly ContentLoad _load;
    private readonly string _file;
    private readonly int _yamlLine;

    /// <summary>
    /// Worked out only when a line is asked for, which is mostly when something is wrong: it means reading the YAML a
    /// second time, once per article at every start (docs/performance.md).
    /// </summary>
    private readonly Lazy<IReadOnlyDictionary<string, int>> _keyLines;

    private ArticleFrontMatterReader(ContentLoad load, string file, ArticleFrontMatter meta, string yaml, int yamlLine)
    {
        (_load, _file, Meta, _yamlLine) = (load, file, meta, yamlLine);
        _keyLines = new(() => MarkdownPages.FrontMatterKeyLines(yaml));
    }

    public ArticleFrontMatter Meta { get; }

    /// <summary>The reader of a page's front matter, or null when it cannot be read at all (reported).</summary>
    public static ArticleFrontMatterReader? Read(ContentLoad load, string file, MarkdownDocument document)
    {
        var meta = MarkdownPages.ReadFrontMatter<ArticleFrontMatter>(load, file, document, out var yaml, out var yamlLine);
        return meta is null ? null : new ArticleFrontMatterReader(load, file, meta, yaml, yamlLine);
    }

    /// <summary>The line of the file on which a top-level key is written, as the YAML parser found it; the front matter's first line if it is not there.</summary>
    public int LineOf(string key) => MarkdownPages.KeyLine(_keyLines.Value, _yamlLine, key);

    /// <summary>The line of the file on which a node of the front matter (a source, a correction) starts.</summary>
    public int LineOf(YamlObject node) => _yamlLine + node.Line - 1;

    /// <summary>The line of the source with this id: its own entry, so "cdc" is never found on the line of "cdc-storage".</summary>
    public int SourceLine(string id) =>
        Meta.Sources?.FirstOrDefault(s => s.Id == id) is { } source ? LineOf(source) : LineOf("sources");

    public string? Required(string? value, string key) => string.IsNullOrWhiteSpace(value) ? Missing<string>(key) : value;

    public T? Missing<T>(string key)
    {
        _load.Error(_file, _yamlLine, $"front matter is missing the required key '{key}'");
        return default;
    }

    public DateOnly? Date(string? value, string key)
    {
        if (value is null)
        {
            return Missing<DateOnly?>(key);
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        _load.Error(_file, LineOf(key), $"'{key}' must be a date written as YYYY-MM-DD, not '{value}'");
        return null;
    }

    public (ReviewStatus?, string?) ReviewStatus()
    {
        switch (Meta.ReviewStatus)
        {
            case null:
                return (Missing<ReviewStatus?>("reviewStatus"), null);
            case "source-checked" when Meta.ReviewedBy is null:
                return (Content.ReviewStatus.SourceChecked, null);
            case "source-checked":
                _load.Error(_file, LineOf("reviewedBy"), "reviewedBy is only for reviewStatus: clinician-reviewed");
                return (null, null);
            case "clinician-reviewed" when !string.IsNullOrWhiteSpace(Meta.ReviewedBy):
                return (Content.ReviewStatus.ClinicianReviewed, Meta.ReviewedBy);
            case "clinician-reviewed":
                _load.Error(_file, LineOf("reviewStatus"), "clinician-reviewed needs reviewedBy: the real reviewer's name and credentials");
                return (null, null);
            default:
                _load.Error(_file, LineOf("reviewStatus"), $"reviewStatus must be 'source-checked' or 'clinician-reviewed', not '{Meta.ReviewStatus}'");
                return (null, null);
        }
    }

    /// <summary>The sources, or default when any is missing or wrong (each problem reported at its line).</summary>
    public ImmutableArray<Source> Sources()
    {
        if (Meta.Sources is not { Count: > 0 } list)
        {
            Missing<object>("sources");
            return default;
        }

        var result = ImmutableArray.CreateBuilder<Source>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var ok = true;
        foreach (var s in list)
        {
            if (SourceRules.Problem(s, seen) is { } problem)
            {
                _load.Error(_file, LineOf(s), problem);
                ok = false;
            }
            else
            {
                result.Add(SourceRules.ToSource(s));
            }

            seen.Add(s.Id ?? "");
        }

        return ok ? result.ToImmutable() : default;
    }

    /// <summary>The corrections, newest first.</summary>
    public ImmutableArray<Correction> Corrections()
    {
        var result = new List<Correction>();
        foreach (var c in Meta.Corrections ?? [])
        {
            var date = c.Date is not null && DateOnly.TryParseExact(c.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null;
            if (date is null)
            {
                _load.Error(_file, LineOf(c), $"every correction needs a date written as YYYY-MM-DD, not '{c.Date}'");
            }
            else if (string.IsNullOrWhiteSpace(c.What) || !c.What.TrimEnd().EndsWith('.'))
            {
                _load.Error(_file, LineOf(c), $"the correction of {c.Date} needs 'what': a full sentence saying what was corrected");
            }
            else
            {
                result.Add(new Correction(date.Value, c.What.Trim()));
            }
        }

        return [.. result.OrderByDescending(c => c.Date)];
    }
}
