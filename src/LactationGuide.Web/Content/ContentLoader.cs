using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Markdig.Extensions.Alerts;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Yaml;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using LactationGuide.Web.MilkStorage;
using LactationGuide.Web.WarningSigns;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace LactationGuide.Web.Content;

/// <summary>
/// Reads the content folder, checks every file and every link between them, and renders the lot into a
/// <see cref="ContentLibrary"/>. Reports every problem it finds as <c>file:line: reason</c>.
/// </summary>
/// <param name="contentRoot">The folder holding <c>articles/</c>, <c>faq/</c>, <c>glossary/</c> and the milk storage rules.</param>
/// <param name="siteFileExists">Whether a site path such as <c>/diagrams/x.svg</c> is a file the site serves.</param>
/// <param name="sitePages">
/// Site paths that content may link to directly, such as <c>/tools/milk-storage</c>; asked for only once the files are
/// parsed, so that the app can work them out meanwhile.
/// </param>
/// <param name="publicBaseUrl">
/// The site's public address. When given, links to the site's own pages carry their full address in
/// <c>data-print-url</c>, so that a printed handout shows where each link leads.
/// </param>
public sealed partial class ContentLoader(string contentRoot, Func<string, bool> siteFileExists, Func<IReadOnlySet<string>> sitePages, Uri? publicBaseUrl = null)
{
    public ContentLoader(string contentRoot, Func<string, bool> siteFileExists, IReadOnlySet<string> sitePages, Uri? publicBaseUrl = null)
        : this(contentRoot, siteFileExists, () => sitePages, publicBaseUrl)
    {
    }

    /// <summary>A review must be planned within three years of the last (CONTENT.md).</summary>
    private const int MaxYearsBetweenReviews = 3;

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    private readonly string _root = Path.GetFullPath(contentRoot);
    private readonly List<ContentError> _errors = [];
    private readonly Dictionary<string, IReadOnlySet<string>> _unreadable = new(StringComparer.Ordinal);
    private WarningSignList? _signs;
    private bool _signsFileExists;

    public ContentLibrary Load()
    {
        _errors.Clear();
        _unreadable.Clear();
        if (!Directory.Exists(_root))
        {
            throw new ContentValidationException([new ContentError(_root, 0, "the content folder does not exist (set Site:ContentPath)")]);
        }

        var parsedRules = ReadStorageRules(out var rulesFileExists);
        _signs = ReadWarningSigns();
        var articles = ReadFolder("articles").Select(f => Unreadable(f, ParseArticle)).OfType<ParsedArticle>().ToList();
        var faq = ReadFolder("faq").Select(f => Unreadable(f, ParseFaq)).OfType<ParsedFaq>().ToList();
        var glossary = ReadFolder("glossary").Select(f => Unreadable(f, ParseGlossary)).OfType<ParsedGlossary>().ToList();
        if (articles.Count == 0)
        {
            Error(Path.Combine(_root, "articles"), 0, "there are no articles");
        }

        // A file whose front matter is broken is still a place to link to: its own error is the one to fix, and
        // links to it (and to its sections, read from its headings) are not reported again in every file that has one.
        var targets = new LinkTargets(
            articles.ToDictionary(a => a.Slug, a => a.HeadingIds, StringComparer.Ordinal)
                .Concat(Unreadable("articles")).ToDictionary(StringComparer.Ordinal),
            faq.Select(f => f.Slug).Concat(Unreadable("faq").Select(u => u.Key)).ToHashSet(StringComparer.Ordinal),
            glossary.Select(g => g.Slug).Concat(Unreadable("glossary").Select(u => u.Key)).ToHashSet(StringComparer.Ordinal));

        var storageRules = ResolveStorageRules(parsedRules, rulesFileExists, articles);
        var links = new ContentLinks(_root, targets, siteFileExists, sitePages(), publicBaseUrl, _errors.Add);
        var builtArticles = articles.Select(a => BuildArticle(a, links, storageRules)).ToList();
        var builtFaq = faq.Select(f => BuildFaq(f, links)).ToList();
        var builtGlossary = glossary.Select(g => BuildGlossary(g, links)).ToList();

        CheckUniqueOrder(articles.Select(a => (a.File, a.Order, "article")));
        CheckUniqueOrder(faq.Select(f => (f.File, f.Order, "FAQ entry")));

        if (_errors.Count > 0)
        {
            throw new ContentValidationException([.. _errors]);
        }

        return new ContentLibrary(builtArticles, builtFaq, builtGlossary, DateTimeOffset.UtcNow, storageRules, _signs);
    }

    private ParsedRules? ReadStorageRules(out bool exists)
    {
        var file = Path.Combine(_root, MilkStorageRulesReader.FileName);
        exists = File.Exists(file);
        return exists ? MilkStorageRulesReader.Read(file, File.ReadAllText(file).ReplaceLineEndings("\n"), _errors.Add) : null;
    }

    private WarningSignList? ReadWarningSigns()
    {
        var file = Path.Combine(_root, WarningSignsReader.FileName);
        _signsFileExists = File.Exists(file);
        return _signsFileExists ? WarningSignsReader.Read(file, File.ReadAllText(file).ReplaceLineEndings("\n"), _errors.Add) : null;
    }

    /// <summary>
    /// A content file that could not be read (its front matter is broken) is left out of the site; remembering it and
    /// its section ids keeps every link to it from being reported as a link to a page that does not exist.
    /// </summary>
    private T? Unreadable<T>((string File, string Slug, string Text) input, Func<(string File, string Slug, string Text), T?> parse) where T : class
    {
        var parsed = parse(input);
        if (parsed is null)
        {
            var ids = SiteMarkdown.Parse(input.Text).Descendants<HeadingBlock>()
                .Select(h => h.TryGetAttributes()?.Id).OfType<string>().Append("sources").ToHashSet(StringComparer.Ordinal);
            _unreadable[Path.GetRelativePath(_root, input.File).Replace('\\', '/')] = ids;
        }

        return parsed;
    }

    private IEnumerable<KeyValuePair<string, IReadOnlySet<string>>> Unreadable(string folder) =>
        _unreadable.Where(u => u.Key.StartsWith(folder + "/", StringComparison.Ordinal))
            .Select(u => KeyValuePair.Create(Path.GetFileNameWithoutExtension(u.Key), u.Value));

    /// <summary>Warning signs are shown from the signs file, each in a callout of its own level.</summary>
    private void CheckWarningSigns(string file, MarkdownDocument document)
    {
        var toldOnce = false;
        foreach (var (line, reason) in WarningSignsBlock.Problems(document, _signs))
        {
            if (reason == WarningSignsBlock.NoSignsFile && _signsFileExists)
            {
                // The signs file has errors of its own, reported first: this page needs saying only once.
                if (!toldOnce)
                {
                    _errors.Add(new ContentError(file, line, $"draws warning signs from {WarningSignsReader.FileName}, which has errors above", FollowOn: true));
                    toldOnce = true;
                }

                continue;
            }

            Error(file, line, reason);
        }
    }

    /// <summary>
    /// The storage rules, with their sources matched against the article that shows them as a table: a rule cannot
    /// cite a source the article's readers cannot see.
    /// </summary>
    private MilkStorageRules? ResolveStorageRules(ParsedRules? parsed, bool fileExists, List<ParsedArticle> articles)
    {
        var showing = articles.Where(a => StorageTableBlock.Placeholders(a.Document).Count > 0).ToList();
        foreach (var a in showing)
        {
            foreach (var placeholder in StorageTableBlock.Placeholders(a.Document).Where(p => !string.IsNullOrWhiteSpace(p.Lines.ToString())))
            {
                Error(a.File, placeholder.Line + 1, $"the {StorageTableBlock.FenceInfo} block is drawn from {MilkStorageRulesReader.FileName}: leave it empty");
            }
        }

        if (parsed is null)
        {
            foreach (var a in fileExists ? [] : showing)
            {
                Error(a.File, StorageTableBlock.Placeholders(a.Document)[0].Line + 1, $"there is no {MilkStorageRulesReader.FileName} in the content folder to draw this table from");
            }

            return null;
        }

        if (showing.Count == 0 && !Unreadable("articles").Any())
        {
            Error(parsed.File, 1, $"no article shows these rules: put a ```{StorageTableBlock.FenceInfo} block in the article that cites their sources");
            return null;
        }

        MilkStorageRules? rules = null;
        foreach (var a in showing)
        {
            rules ??= parsed.Resolve(a.Sources.ToDictionary(s => s.Id, StringComparer.Ordinal), a.File, _errors.Add);
        }

        return rules;
    }

    private IEnumerable<(string File, string Slug, string Text)> ReadFolder(string folder)
    {
        var path = Path.Combine(_root, folder);
        if (!Directory.Exists(path))
        {
            return [];
        }

        var files = new List<(string, string, string)>();
        foreach (var file in Directory.EnumerateFiles(path, "*.md").Order(StringComparer.Ordinal))
        {
            var slug = Path.GetFileNameWithoutExtension(file);
            if (!SourceRules.SlugPattern().IsMatch(slug))
            {
                Error(file, 1, $"the file name '{slug}' is not a valid slug (lowercase letters, digits and single hyphens)");
                continue;
            }

            files.Add((file, slug, File.ReadAllText(file).ReplaceLineEndings("\n")));
        }

        return files;
    }

    private ParsedArticle? ParseArticle((string File, string Slug, string Text) input)
    {
        var (file, slug, text) = input;
        var firstPass = SiteMarkdown.Parse(text);
        var meta = ReadFrontMatter<ArticleFrontMatter>(file, firstPass, out var yaml, out var yamlLine);
        if (meta is null)
        {
            return null;
        }

        if (firstPass.Descendants<FootnoteGroup>().Any())
        {
            Error(file, firstPass.Descendants<Footnote>().First().Line + 1, "write sources in the front matter, not as footnote definitions; cite them as [^source-id]");
        }

        var title = Required(meta.Title, "title");
        var summary = Required(meta.Summary, "summary");
        var order = meta.Order ?? Missing<int?>("order");
        var lastReviewed = Date(meta.LastReviewed, "lastReviewed");
        var nextReview = Date(meta.NextReview, "nextReview");
        if (lastReviewed is { } last && nextReview is { } next && (next <= last || next > last.AddYears(MaxYearsBetweenReviews)))
        {
            Error(file, LineOf("nextReview"), $"nextReview must be after lastReviewed and at most {MaxYearsBetweenReviews} years after it");
        }

        var (status, reviewedBy) = ReadReviewStatus(meta);
        var sources = ReadSources(meta.Sources);
        if (title is null || summary is null || order is null || lastReviewed is null || nextReview is null || status is null || sources.IsDefault)
        {
            return null;
        }

        CheckAdjacentCitations(file, text);

        // Citations are footnotes; their definitions come from the front matter so that each source is written once.
        var document = SiteMarkdown.Parse(text + "\n\n" + FootnoteDefinitions(sources));
        var headings = ReadHeadings(file, document);
        CheckCitations(file, document, sources, SourceLine);
        CheckCallouts(file, document);
        CheckWarningSigns(file, document);
        var corrections = ReadCorrections(meta.Corrections);
        var leftOut = meta.HandoutLeavesOut ?? [];
        foreach (var reason in HandoutSections.Problems(leftOut, document))
        {
            Error(file, LineOf("handoutLeavesOut"), reason);
        }

        return new ParsedArticle(file, slug, title, summary, order.Value, lastReviewed.Value, nextReview.Value, status.Value, reviewedBy, sources, headings, document)
        {
            HandoutLeavesOut = [.. leftOut],
            Corrections = corrections,
        };

        string? Required(string? value, string key) => string.IsNullOrWhiteSpace(value) ? Missing<string>(key) : value;
        T? Missing<T>(string key)
        {
            Error(file, yamlLine, $"front matter is missing the required key '{key}'");
            return default;
        }

        DateOnly? Date(string? value, string key)
        {
            if (value is null)
            {
                return Missing<DateOnly?>(key);
            }

            if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            Error(file, LineOf(key), $"'{key}' must be a date written as YYYY-MM-DD, not '{value}'");
            return null;
        }

        int LineOf(string key) => FrontMatterLine(yaml, yamlLine, key);

        // "- id: cdc" must not be found on the line of "- id: cdc-storage".
        int SourceLine(string id) => FrontMatterLine(yaml, yamlLine, "- id: " + id, exact: true);

        ImmutableArray<Correction> ReadCorrections(List<CorrectionFrontMatter>? list)
        {
            var result = new List<Correction>();
            foreach (var c in list ?? [])
            {
                var date = c.Date is not null && DateOnly.TryParseExact(c.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null;
                if (date is null)
                {
                    Error(file, LineOf("corrections"), $"every correction needs a date written as YYYY-MM-DD, not '{c.Date}'");
                }
                else if (string.IsNullOrWhiteSpace(c.What) || !c.What.TrimEnd().EndsWith('.'))
                {
                    Error(file, LineOf("corrections"), $"the correction of {c.Date} needs 'what': a full sentence saying what was corrected");
                }
                else
                {
                    result.Add(new Correction(date.Value, c.What.Trim()));
                }
            }

            return [.. result.OrderByDescending(c => c.Date)];
        }

        (ReviewStatus?, string?) ReadReviewStatus(ArticleFrontMatter m)
        {
            switch (m.ReviewStatus)
            {
                case null:
                    return (Missing<ReviewStatus?>("reviewStatus"), null);
                case "source-checked" when m.ReviewedBy is null:
                    return (ReviewStatus.SourceChecked, null);
                case "source-checked":
                    Error(file, LineOf("reviewedBy"), "reviewedBy is only for reviewStatus: clinician-reviewed");
                    return (null, null);
                case "clinician-reviewed" when !string.IsNullOrWhiteSpace(m.ReviewedBy):
                    return (ReviewStatus.ClinicianReviewed, m.ReviewedBy);
                case "clinician-reviewed":
                    Error(file, LineOf("reviewStatus"), "clinician-reviewed needs reviewedBy: the real reviewer's name and credentials");
                    return (null, null);
                default:
                    Error(file, LineOf("reviewStatus"), $"reviewStatus must be 'source-checked' or 'clinician-reviewed', not '{m.ReviewStatus}'");
                    return (null, null);
            }
        }

        ImmutableArray<Source> ReadSources(List<SourceFrontMatter>? list)
        {
            if (list is null || list.Count == 0)
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
                    Error(file, s.Id is null ? LineOf("sources") : SourceLine(s.Id), problem);
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
    }

    private ParsedFaq? ParseFaq((string File, string Slug, string Text) input)
    {
        var (file, slug, text) = input;
        var document = SiteMarkdown.Parse(text);
        var meta = ReadFrontMatter<FaqFrontMatter>(file, document, out _, out var yamlLine);
        if (meta is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(meta.Question) || meta.Order is null)
        {
            Error(file, yamlLine, $"front matter is missing the required key '{(meta.Order is null ? "order" : "question")}'");
            return null;
        }

        if (document.Descendants<HeadingBlock>().Any())
        {
            Error(file, document.Descendants<HeadingBlock>().First().Line + 1, "an FAQ answer is a few sentences, without headings");
        }

        CheckCallouts(file, document);
        CheckWarningSigns(file, document);
        return new ParsedFaq(file, slug, meta.Question, meta.Order.Value, meta.Popular, document);
    }

    private ParsedGlossary? ParseGlossary((string File, string Slug, string Text) input)
    {
        var (file, slug, text) = input;
        var document = SiteMarkdown.Parse(text);
        var meta = ReadFrontMatter<GlossaryFrontMatter>(file, document, out _, out var yamlLine);
        if (meta is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(meta.Term))
        {
            Error(file, yamlLine, "front matter is missing the required key 'term'");
            return null;
        }

        CheckWarningSigns(file, document);
        return new ParsedGlossary(file, slug, meta.Term, meta.Also, document);
    }

    private GlossaryTerm BuildGlossary(ParsedGlossary g, ContentLinks links)
    {
        links.Rewrite(g.Document, g.File, ImmutableHashSet<string>.Empty);
        links.AddPrintAddresses(g.Document);
        RemoveFrontMatter(g.Document);
        DrawWarningSigns(g.Document);
        return new GlossaryTerm(g.Slug, g.Term, g.Also, SiteMarkdown.Render(g.Document), PlainText.Of(g.Document), g.File);
    }

    private Article BuildArticle(ParsedArticle a, ContentLinks links, MilkStorageRules? storageRules)
    {
        links.Rewrite(a.Document, a.File, a.HeadingIds);
        links.AddPrintAddresses(a.Document);
        RemoveFrontMatter(a.Document);
        DrawWarningSigns(a.Document);
        if (storageRules is not null)
        {
            var citationNumbers = a.Document.Descendants<Footnote>()
                .Where(f => f.Order > 0)
                .ToDictionary(SiteMarkdown.SourceId, f => f.Order, StringComparer.Ordinal);
            StorageTableBlock.Replace(a.Document, storageRules, citationNumbers);
        }

        // The source list is shown after the related questions, not at the end of the body.
        var sources = a.Document.OfType<FootnoteGroup>().FirstOrDefault();
        if (sources is not null)
        {
            a.Document.Remove(sources);
        }

        var textBySection = TextBySection(a.Title, a.Document);
        var leftOut = a.HandoutLeavesOut.ToHashSet(StringComparer.Ordinal);
        HandoutSections.Wrap(a.Document, leftOut);
        var sourcesHtml = "";
        if (sources is not null)
        {
            HandoutSections.MarkSourcesLeftOut(a.Document, sources);
            sourcesHtml = SiteMarkdown.Render(sources);
        }
        return new Article(
            a.Slug, a.Title, a.Summary, a.Order, a.LastReviewed, a.NextReview, a.Status, a.ReviewedBy, a.Sources,
            a.Headings, SiteMarkdown.Render(a.Document), sourcesHtml, textBySection, a.File)
        {
            GlossaryLinks = ContentLinks.GlossaryLinksIn(a.Document),
            LeftOutOfHandout = [.. a.Headings.Where(h => h.Level == 2 && leftOut.Contains(h.Id))],
            Corrections = a.Corrections,
        };
    }

    private FaqEntry BuildFaq(ParsedFaq f, ContentLinks links)
    {
        var articleLinks = links.Rewrite(f.Document, f.File, ImmutableHashSet<string>.Empty);
        if (articleLinks.Count == 0)
        {
            Error(f.File, f.Document.Line + 1, "an FAQ answer must link to the article section that explains it");
        }

        links.AddPrintAddresses(f.Document);
        RemoveFrontMatter(f.Document);
        DrawWarningSigns(f.Document);
        return new FaqEntry(f.Slug, f.Question, f.Order, f.Popular, SiteMarkdown.Render(f.Document), PlainText.Of(f.Document), [.. articleLinks], f.File);
    }

    private ImmutableArray<Heading> ReadHeadings(string file, MarkdownDocument document)
    {
        var headings = ImmutableArray.CreateBuilder<Heading>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { "sources" };
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var line = heading.Line + 1;
            var id = heading.TryGetAttributes()?.Id;
            if (heading.Level == 1)
            {
                Error(file, line, "the title is the page's only h1: start sections at ##");
            }
            else if (string.IsNullOrEmpty(id))
            {
                Error(file, line, "this heading has no id; give it one with {#id}");
            }
            else if (!seen.Add(id))
            {
                Error(file, line, $"the section id '{id}' is used twice");
            }
            else if (heading.Inline?.Descendants<LinkInline>().Any() == true)
            {
                Error(file, line, "headings link to themselves, so they cannot contain links");
            }
            else
            {
                headings.Add(new Heading(heading.Level, id, PlainText.Of(heading)));
            }
        }

        return headings.ToImmutable();
    }

    private void CheckCitations(string file, MarkdownDocument document, ImmutableArray<Source> sources, Func<string, int> lineOf)
    {
        // An unknown [^label] stays in the text as it was typed.
        foreach (var leaf in document.Descendants<LeafBlock>().Where(b => b.Inline is not null))
        {
            foreach (Match citation in UnknownCitation().Matches(PlainText.Of(leaf)))
            {
                Error(file, leaf.Line + 1, $"the citation {citation.Value} names no source in the front matter");
            }
        }

        var cited = document.Descendants<Footnote>().Select(SiteMarkdown.SourceId).ToHashSet(StringComparer.Ordinal);
        foreach (var source in sources.Where(s => !cited.Contains(s.Id)))
        {
            Error(file, lineOf(source.Id), $"the source '{source.Id}' is never cited; cite it as [^{source.Id}] or remove it");
        }
    }

    /// <summary>
    /// Markdown reads <c>[^a][^b]</c> as a reference link labelled <c>^b</c>, so the first citation would vanish
    /// without a trace. Catch it here rather than lose a source.
    /// </summary>
    private void CheckAdjacentCitations(string file, string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (AdjacentCitations().IsMatch(lines[i]))
            {
                Error(file, i + 1, "put a space between citations written side by side: [^a] [^b]");
            }
        }
    }

    /// <summary>
    /// Callouts are of a known kind, and a section holds at most one of each urgency, so that each section a
    /// consultant links to carries its own "get help" boxes, every sign of one urgency together.
    /// </summary>
    private void CheckCallouts(string file, MarkdownDocument document)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var alerts = document.SelectMany(block => block switch
        {
            HeadingBlock { Level: 2 } => [null],
            AlertBlock alert => [alert],
            ContainerBlock container => container.Descendants<AlertBlock>().Cast<AlertBlock?>(),
            _ => [],
        });
        foreach (var alert in alerts)
        {
            if (alert is null)
            {
                seen.Clear(); // A new section.
                continue;
            }

            var kind = alert.Kind.ToString();
            if (!CalloutKind.All.ContainsKey(kind))
            {
                Error(file, alert.Line + 1, $"unknown callout [!{kind}]; use one of {string.Join(", ", CalloutKind.All.Keys.Select(k => $"[!{k}]"))}");
            }
            else if (kind != "NOTE" && !seen.Add(kind))
            {
                Error(file, alert.Line + 1, $"a section has at most one [!{kind}] callout; put everything of that urgency in one");
            }
        }
    }

    private T? ReadFrontMatter<T>(string file, MarkdownDocument document, out string yaml, out int yamlLine) where T : class
    {
        yaml = "";
        yamlLine = 1;
        var block = document.OfType<YamlFrontMatterBlock>().FirstOrDefault();
        if (block is null)
        {
            Error(file, 1, "the file must start with YAML front matter between --- lines");
            return null;
        }

        // Markdig keeps the --- fences as part of the block; the YAML is what lies between them.
        var lines = block.Lines.ToString().Split('\n').Where(l => l.TrimEnd() is not ("---" or "...")).ToArray();
        yaml = string.Join('\n', lines);
        yamlLine = block.Line + 2;
        try
        {
            var result = Yaml.Deserialize<T?>(yaml);
            if (result is null)
            {
                Error(file, yamlLine, "the front matter is empty");
            }

            return result;
        }
        catch (YamlException e)
        {
            Error(file, yamlLine + (int)e.Start.Line - 1, $"front matter: {YamlMessages.Explain(e)}");
            return null;
        }
    }

    private static int FrontMatterLine(string yaml, int yamlLine, string key, bool exact = false)
    {
        var lines = yaml.Split('\n');
        var index = Array.FindIndex(lines, l => exact ? l.Trim() == key : l.TrimStart().StartsWith(key, StringComparison.Ordinal));
        return yamlLine + Math.Max(index, 0);
    }

    private void DrawWarningSigns(MarkdownDocument document)
    {
        if (_signs is not null)
        {
            WarningSignsBlock.Replace(document, _signs);
        }
    }

    private static void RemoveFrontMatter(MarkdownDocument document)
    {
        foreach (var block in document.OfType<YamlFrontMatterBlock>().ToList())
        {
            document.Remove(block);
        }
    }

    private static ImmutableArray<SectionText> TextBySection(string title, MarkdownDocument document)
    {
        var sections = ImmutableArray.CreateBuilder<SectionText>();
        string? id = null;
        var heading = title;
        var text = new StringBuilder();
        foreach (var block in document)
        {
            if (block is HeadingBlock { Level: 2 } h2)
            {
                sections.Add(new SectionText(id, heading, text.ToString().Trim()));
                (id, heading) = (h2.TryGetAttributes()?.Id, PlainText.Of(h2));
                text.Clear();
            }
            else
            {
                text.Append(PlainText.Of(block)).Append('\n');
            }
        }

        sections.Add(new SectionText(id, heading, text.ToString().Trim()));
        return sections.ToImmutable();
    }

    private static string FootnoteDefinitions(ImmutableArray<Source> sources) =>
        string.Concat(sources.Select(s => $"[^{s.Id}]: {SourceRules.Markdown(s)}\n\n"));

    private void CheckUniqueOrder(IEnumerable<(string File, int Order, string What)> items)
    {
        foreach (var group in items.GroupBy(i => i.Order).Where(g => g.Count() > 1))
        {
            foreach (var (file, order, what) in group.Skip(1))
            {
                Error(file, 1, $"another {what} already has order {order}");
            }
        }
    }

    private void Error(string file, int line, string reason) => _errors.Add(new ContentError(file, line, reason));

    [GeneratedRegex(@"\[\^[^\]\s]+\]\[")]
    private static partial Regex AdjacentCitations();

    [GeneratedRegex(@"\[\^[^\]\s]+\]")]
    private static partial Regex UnknownCitation();

    private sealed record ParsedArticle(
        string File, string Slug, string Title, string Summary, int Order, DateOnly LastReviewed, DateOnly NextReview,
        ReviewStatus Status, string? ReviewedBy, ImmutableArray<Source> Sources, ImmutableArray<Heading> Headings, MarkdownDocument Document)
    {
        public IReadOnlySet<string> HeadingIds { get; } = Headings.Select(h => h.Id).Append("sources").ToHashSet(StringComparer.Ordinal);

        public ImmutableArray<string> HandoutLeavesOut { get; init; } = [];

        public ImmutableArray<Correction> Corrections { get; init; } = [];
    }

    private sealed record ParsedGlossary(string File, string Slug, string Term, string? Also, MarkdownDocument Document);

    private sealed record ParsedFaq(string File, string Slug, string Question, int Order, bool Popular, MarkdownDocument Document);
}
