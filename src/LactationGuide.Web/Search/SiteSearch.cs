using System.Collections.Immutable;
using System.Diagnostics;
using LactationGuide.Web.Content;
using LactationGuide.Web.Site;
using LactationGuide.Web.WarningSigns;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace LactationGuide.Web.Search;

/// <summary>
/// Finds the article sections, FAQ answers and glossary terms that answer what a reader typed. The index is
/// built when the app starts, so the first search is as fast as any, and rebuilt whenever the content (or the
/// synonym list) is reloaded; searches in progress finish on the index they started with.
/// </summary>
public sealed partial class SiteSearch(
    ContentLibraryProvider content,
    IOptions<SiteOptions> options,
    ILogger<SiteSearch> logger) : IHostedService, IDisposable
{
    /// <summary>Ten answers are three screens on a phone: plenty; a reader who needs more should add a word.</summary>
    public const int MaxResults = 10;

    /// <summary>
    /// Misspelt words fixed in one query, at most: a tired parent's question rarely has more, and each costs a lookup
    /// in the word index.
    /// </summary>
    public const int MaxCorrections = 4;

    /// <summary>The search's own files in the content folder, <see cref="SearchSynonyms.FileName"/> and <see cref="SearchPhrases.FileName"/>.</summary>
    private const string WatchedFiles = "search-*.txt";

    private readonly Lock _rebuilding = new();
    private volatile Snapshot? _current;
    private Task? _firstBuild;
    private PhysicalFileProvider? _watcher;
    private IDisposable? _watchRegistration;

    /// <summary>Whether the index has been built and searches can be answered.</summary>
    public bool IsReady => _current is not null;

    /// <summary>How many places (sections, answers and terms) the current index holds.</summary>
    public int IndexedPlaces => _current?.Index.Rows ?? 0;

    /// <summary>Which build of the index is answering: a content or synonym reload moves it on (for cache keys).</summary>
    public int Version => _current?.Version ?? 0;

    /// <summary>
    /// Builds the index as soon as the content is loaded, beside the server's own start. The host's start waits for
    /// it, <c>/healthz</c> is not ready until it is done, and a search that comes before waits for it.
    /// </summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _firstBuild = BuildFirstAsync();
        return _firstBuild;
    }

    private async Task BuildFirstAsync()
    {
        await content.FirstLoad.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing | ConfigureAwaitOptions.ForceYielding);
        if (!content.IsLoaded)
        {
            return; // The content's own start fails and says why; the app stops either way.
        }

        // Broken synonyms stop the app at startup, like any other broken content.
        Swap(content.Current, SearchSynonyms.Load(content.Root), SearchPhrases.Load(content.Root));
        content.Reloaded += Rebuild;
        if (options.Value.ReloadContentOnChange)
        {
            _watcher = new PhysicalFileProvider(content.Root);
            _watchRegistration = ChangeToken.OnChange(() => _watcher.Watch(WatchedFiles), () => Rebuild(content.Current));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
        content.Reloaded -= Rebuild;
        _watchRegistration?.Dispose();
        _watcher?.Dispose();
        _current?.Index.Dispose();
    }

    /// <summary>
    /// Searches for what the reader typed, and names the warning signs it matches. Never throws for any input: the
    /// query is cleaned and every word is passed to SQLite as a quoted phrase. A word that matches nothing is replaced
    /// by the closest word in the guide; then every place matching any of the words is a candidate, ranked by
    /// <see cref="SearchRanking"/>.
    /// </summary>
    public SearchResults Search(string? input)
    {
        var query = SearchQuery.Parse(input);
        if (query.IsEmpty)
        {
            return SearchResults.None(query);
        }

        return SearchPlaces(query) with { Signs = SignPhrases.Match(content.Current.WarningSigns, query) };
    }

    private SearchResults SearchPlaces(SearchQuery query)
    {
        while (true)
        {
            var snapshot = _current ?? WaitForFirstBuild();
            if (!snapshot.Index.TryAcquire())
            {
                continue; // Replaced and closed since it was read; the next read sees its replacement.
            }

            try
            {
                return Search(query, snapshot);
            }
            finally
            {
                snapshot.Index.Release();
            }
        }
    }

    private static SearchResults Search(SearchQuery query, Snapshot snapshot)
    {
        var (index, synonyms, _) = snapshot;
        var matched = new Dictionary<string, PlaceMatches>(StringComparer.Ordinal);
        var terms = Match(SearchTerm.From(query.Words, synonyms), index, matched);

        string? correctedText = null;
        if (CorrectTypos(query.Words, terms, index) is { } correctedWords)
        {
            correctedText = string.Join(' ', correctedWords);
            terms = Match(SearchTerm.From(correctedWords, synonyms), index, matched);
        }

        terms = WithWholePhrases(terms, index, correctedText ?? string.Join(' ', query.Words));

        var expression = SearchTerm.AnyOf(terms.Select(t => t.Term));
        var shown = SearchRanking.Top(terms, MaxResults, index.Rows, index.ShapeOf, index.AverageHeadingWords, rowids => index.Bm25(expression, rowids));
        if (shown.IsEmpty)
        {
            return SearchResults.None(query);
        }

        var match = shown[0].Terms == terms.Length ? SearchMatch.AllWords : SearchMatch.SomeWords;
        return new SearchResults(query, correctedText, match, index.Show(expression, [.. shown.Select(p => p.Rowid)]));
    }

    /// <summary>Each term with the places it matches; an expression already looked up is not looked up again.</summary>
    private static ImmutableArray<TermMatch> Match(ImmutableArray<SearchTerm> terms, SearchIndex index, Dictionary<string, PlaceMatches> matched)
    {
        PlaceMatches Places(string expression)
        {
            if (!matched.TryGetValue(expression, out var places))
            {
                places = index.Match(expression);
                matched[expression] = places;
            }

            return places;
        }

        return [.. terms.Select(t => new TermMatch(t, Places(t.ToFtsExpression()), Places(t.ToFtsExpressionAsTyped())))];
    }

    /// <summary>
    /// A place holding a whole phrase of the query in its phrases counts each term of that phrase as if it were in its
    /// heading.
    /// </summary>
    private static ImmutableArray<TermMatch> WithWholePhrases(ImmutableArray<TermMatch> terms, SearchIndex index, string text)
    {
        var queryWords = SearchIndex.PhraseWords(text).ToHashSet(StringComparer.Ordinal);
        var matched = index.WholePhrases(queryWords);
        if (matched.Count == 0)
        {
            return terms;
        }

        static PlaceMatches With(PlaceMatches places, IEnumerable<long> rowids)
        {
            var added = rowids.Where(places.Anywhere.Contains).ToList();
            return added.Count == 0 ? places : places with { InHeading = places.InHeading.Concat(added).ToHashSet() };
        }

        return
        [
            .. terms.Select(t =>
            {
                var words = SearchIndex.PhraseWords(t.Term.Typed);
                var rowids = matched.Where(m => words.Length > 0 && words.All(m.Value.Contains)).Select(m => m.Key).ToList();
                return rowids.Count == 0 ? t : t with { Places = With(t.Places, rowids), AsTyped = With(t.AsTyped, rowids) };
            }),
        ];
    }

    /// <summary>Only a search that arrives while the app is still starting gets here, and waits at most the build's time.</summary>
    private Snapshot WaitForFirstBuild()
    {
        var building = _firstBuild ?? throw new InvalidOperationException("The search index has not been started.");
        building.GetAwaiter().GetResult();
        return _current ?? throw new InvalidOperationException("The search index could not be built: the content did not load.");
    }

    /// <summary>The query's words with each word that matches nothing replaced by its closest match; null if none was replaced.</summary>
    private static ImmutableArray<string>? CorrectTypos(ImmutableArray<string> words, ImmutableArray<TermMatch> terms, SearchIndex index)
    {
        var corrections = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var term in terms.Where(t => t.Term.IsPlainWord && t.Places.Count == 0).Take(MaxCorrections))
        {
            if (index.ClosestWord(term.Term.Typed) is { } closest)
            {
                corrections[term.Term.Typed] = closest;
            }
        }

        return corrections.Count == 0 ? null : [.. words.Select(w => corrections.GetValueOrDefault(w, w))];
    }

    internal void Rebuild(ContentLibrary library)
    {
        try
        {
            Swap(library, SearchSynonyms.Load(content.Root), SearchPhrases.Load(content.Root));
        }
        catch (ContentValidationException e)
        {
            LogRebuildFailed(logger, e.Message);
        }
        catch (IOException e)
        {
            // The synonyms file can be mid-save; the save's own change event tries again.
            LogRebuildFailed(logger, e.Message);
        }
    }

    private void Swap(ContentLibrary library, SearchSynonyms synonyms, SearchPhrases phrases)
    {
        lock (_rebuilding)
        {
            var stopwatch = Stopwatch.StartNew();
            var previous = _current;
            _current = new Snapshot(SearchIndex.Build(library, phrases), synonyms, (previous?.Version ?? 0) + 1);
            previous?.Index.Dispose();
            LogBuilt(logger, _current.Index.Rows, synonyms.Groups.Length, stopwatch.ElapsedMilliseconds);
        }
    }

    private sealed record Snapshot(SearchIndex Index, SearchSynonyms Synonyms, int Version);

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index built: {Places} places, {SynonymGroups} synonym groups, in {Milliseconds} ms")]
    private static partial void LogBuilt(ILogger logger, int places, int synonymGroups, long milliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Search index rebuild failed; still searching the last good version. {Errors}")]
    private static partial void LogRebuildFailed(ILogger logger, string errors);
}
