using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;
using LactationGuide.Web.Content;
using Microsoft.Data.Sqlite;

namespace LactationGuide.Web.Search;

/// <summary>
/// The full-text index of one <see cref="ContentLibrary"/>: an in-memory SQLite database with two FTS5 tables,
/// built once and then only read. <c>places</c> holds one row per article section, FAQ answer and glossary term,
/// with English stemming, and beside each place's own text the words parents type for it (<see cref="SearchPhrases"/>);
/// <c>words</c> holds every word of the content and the phrases split into trigrams, to fix typos.
/// </summary>
/// <remarks>
/// A single SQLite connection must not be used by two threads at once. The database is a named, shared-cache
/// in-memory database that lives while at least one connection is open: the index keeps one open for its
/// lifetime and lends readers their own connections from a small pool, each with its statements prepared.
/// Readers take a lease (<see cref="TryAcquire"/>), so an index replaced after a content reload is closed only
/// when its last search has finished.
/// </remarks>
internal sealed class SearchIndex : IDisposable
{
    // Column weights for bm25. A place's own heading (section heading, question, term) says most about what it
    // answers; the article title it sits in says less, as every section of the article shares it; a word
    // somewhere in the body says least.
    private const double HeadingWeight = 10.0;
    private const double TitleWeight = 4.0;
    private const double BodyWeight = 1.0;

    // The words parents type for what a place answers (content/search-phrases.txt): more telling than a word somewhere
    // in the body, less than the place's own heading or its article's title.
    private const double PhrasesWeight = 2.5;

    /// <summary>
    /// bm25 favours short rows, and FAQ answers and glossary definitions are a few sentences each, so on equal
    /// words they outrank the article section that explains the same thing in full and that a consultant wants
    /// to send. Their scores are scaled by this much to even that out (bm25 scores are negative: smaller is better).
    /// </summary>
    private const double ShortEntryPrior = 0.9;

    /// <summary>
    /// The most places one term of a query is looked up in. The guide has about a hundred, so this never binds there;
    /// on a corpus a hundred times larger it bounds the work a query of common words can cause.
    /// </summary>
    public const int MaxPlacesPerTerm = 500;

    /// <summary>Words of the snippet around the best match: about two lines on a phone.</summary>
    private const int SnippetWords = 24;

    private readonly string _connectionString;
    private readonly SqliteConnection _keepAlive;
    private readonly ConcurrentBag<Session> _idle = [];
    private readonly FrozenDictionary<string, int> _wordCounts;
    private readonly ImmutableArray<string> _fourLetterWords;
    private readonly ImmutableArray<PlaceShape> _shapes;
    private readonly FrozenDictionary<string, ImmutableArray<PlacePhrase>> _phrasesByWord;
    private int _leases = 1;
    private int _disposed;

    private SearchIndex(
        string connectionString,
        SqliteConnection keepAlive,
        FrozenDictionary<string, int> wordCounts,
        ImmutableArray<PlaceShape> shapes,
        FrozenDictionary<string, ImmutableArray<PlacePhrase>> phrasesByWord)
    {
        _phrasesByWord = phrasesByWord;
        _connectionString = connectionString;
        _keepAlive = keepAlive;
        _wordCounts = wordCounts;
        _fourLetterWords = [.. wordCounts.Keys.Where(w => w.Length == 4)];
        _shapes = shapes;
        AverageHeadingWords = shapes.IsEmpty ? 1 : Math.Max(1, shapes.Average(s => s.HeadingWords));
    }

    /// <summary>How many places the index holds.</summary>
    public int Rows => _shapes.Length;

    /// <summary>The mean length of a place's heading, in words.</summary>
    public double AverageHeadingWords { get; }

    /// <summary>What kind of place a rowid is, and how long.</summary>
    public PlaceShape ShapeOf(long rowid) => _shapes[(int)rowid - 1];

    public static SearchIndex Build(ContentLibrary library, SearchPhrases phrases)
    {
        phrases.CheckAddresses(
            Places(library).Where(p => p.Kind != SearchHitKind.Glossary).Select(p => p.Url).ToHashSet(StringComparer.Ordinal));
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = $"search-{Guid.NewGuid():N}",
            Mode = SqliteOpenMode.Memory,
            Cache = SqliteCacheMode.Shared,

            // The index closes its own connections; a pooled one left open would keep the database in memory.
            Pooling = false,
        }.ToString();
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            var wordCounts = new Dictionary<string, int>(StringComparer.Ordinal);
            var placePhrases = new List<PlacePhrase>();
            var shapes = Fill(connection, library, phrases, wordCounts, placePhrases);
            var phrasesByWord = placePhrases
                .SelectMany(p => p.Words.Select(w => (Word: w, Phrase: p)))
                .GroupBy(p => p.Word, StringComparer.Ordinal)
                .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.Phrase).ToImmutableArray(), StringComparer.Ordinal);
            return new SearchIndex(connectionString, connection, wordCounts.ToFrozenDictionary(StringComparer.Ordinal), shapes, phrasesByWord);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// A phrase's or a query's words as the whole-phrase match compares them: roughly stemmed, common words left out.
    /// </summary>
    public static ImmutableArray<string> PhraseWords(string text) =>
    [
        .. SearchQuery.SplitWords(text)
            .Where(w => w.Length > 1 && !SearchQuery.IsStopWord(w) && !SearchQuery.IsDeterminer(w))
            .Select(WarningSigns.SignPhrases.Stem)
            .Distinct(),
    ];

    /// <summary>
    /// The places with a phrase (<see cref="SearchPhrases"/>) whose every word the query holds, each with the words of
    /// its phrases so matched: a parent who typed what the editor listed for a place.
    /// </summary>
    public Dictionary<long, HashSet<string>> WholePhrases(IReadOnlyCollection<string> queryWords)
    {
        var matched = new Dictionary<long, HashSet<string>>();
        foreach (var word in queryWords)
        {
            foreach (var (rowid, words) in _phrasesByWord.GetValueOrDefault(word, []))
            {
                if (words.All(queryWords.Contains))
                {
                    if (!matched.TryGetValue(rowid, out var set))
                    {
                        matched[rowid] = set = new HashSet<string>(StringComparer.Ordinal);
                    }

                    set.UnionWith(words);
                }
            }
        }

        return matched;
    }

    /// <summary>Takes a lease for one search; false when the index has already been closed.</summary>
    public bool TryAcquire()
    {
        while (true)
        {
            var leases = Volatile.Read(ref _leases);
            if (leases == 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _leases, leases + 1, leases) == leases)
            {
                return true;
            }
        }
    }

    public void Release()
    {
        if (Interlocked.Decrement(ref _leases) == 0)
        {
            while (_idle.TryTake(out var session))
            {
                session.Dispose();
            }

            _keepAlive.Dispose();
        }
    }

    /// <summary>Gives up the owner's lease: the index closes once no search is using it.</summary>
    public void Dispose()
    {
        // A second Dispose must not give up a lease that a search is holding.
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            Release();
        }
    }

    /// <summary>
    /// The places an FTS5 expression matches, and which of them match it in their own heading: at most
    /// <see cref="MaxPlacesPerTerm"/>, the first in the index, with how many it matches in all. Call only while holding
    /// a lease.
    /// </summary>
    public PlaceMatches Match(string expression)
    {
        var session = Rent();
        try
        {
            var anywhere = Rowids(session, expression, long.MaxValue);
            var last = anywhere.Count == 0 ? 0 : anywhere.Max();

            // Heading matches are rarer: looking for them only as far as the places matched keeps a term whose
            // heading matches are few from reading its every place.
            var inHeading = anywhere.Count == 0 ? [] : Rowids(session, $"{{heading}} : ({expression})", last);

            // Past the cap, how many places match is estimated from how far into the index the first matches reach,
            // rather than counted, which would mean reading every one of them.
            var count = anywhere.Count < MaxPlacesPerTerm ? anywhere.Count : (int)Math.Min(Rows, (long)anywhere.Count * Rows / last);
            return new PlaceMatches(anywhere, inHeading, count);
        }
        finally
        {
            Return(session);
        }
    }

    /// <summary>
    /// The bm25 score of each of these places for an FTS5 expression, with headings weighted most (negative: smaller is
    /// better); a place the expression does not match has none. Call only while holding a lease.
    /// </summary>
    public Dictionary<long, double> Bm25(string expression, IReadOnlyCollection<long> rowids)
    {
        var session = Rent();
        try
        {
            var scores = new Dictionary<long, double>(rowids.Count);
            if (rowids.Count == 0)
            {
                return scores;
            }

            session.Bm25.Parameters["$expression"].Value = expression;
            session.Bm25.Parameters["$rowids"].Value = JsonArray(rowids);
            session.Bm25.Parameters["$first"].Value = rowids.Min();
            session.Bm25.Parameters["$last"].Value = rowids.Max();
            using var reader = session.Bm25.ExecuteReader();
            while (reader.Read())
            {
                if (!reader.IsDBNull(1))
                {
                    scores[reader.GetInt64(0)] = reader.GetDouble(1);
                }
            }

            return scores;
        }
        finally
        {
            Return(session);
        }
    }

    /// <summary>
    /// The places with these rowids, in this order, as results: headings and snippets with the words of the
    /// expression marked. Call only while holding a lease.
    /// </summary>
    public ImmutableArray<SearchHit> Show(string expression, IReadOnlyList<long> rowids)
    {
        var session = Rent();
        try
        {
            session.Show.Parameters["$expression"].Value = expression;
            session.Show.Parameters["$rowids"].Value = JsonArray(rowids);
            var hits = ImmutableArray.CreateBuilder<SearchHit>(rowids.Count);
            using var reader = session.Show.ExecuteReader();
            while (reader.Read())
            {
                var kind = (SearchHitKind)reader.GetInt32(0);
                var url = reader.GetString(1);
                var title = reader.GetString(3);
                hits.Add(new SearchHit(
                    kind,
                    url,
                    new MarkedText(reader.GetString(2)),
                    kind == SearchHitKind.Article && url.Contains('#', StringComparison.Ordinal) ? new MarkedText(title) : null,
                    new MarkedText(reader.GetString(4))));
            }

            return hits.ToImmutable();
        }
        finally
        {
            Return(session);
        }
    }



    private static HashSet<long> Rowids(Session session, string expression, long last)
    {
        session.Rowids.Parameters["$expression"].Value = expression;
        session.Rowids.Parameters["$last"].Value = last;
        session.Rowids.Parameters["$limit"].Value = MaxPlacesPerTerm;
        var rowids = new HashSet<long>();
        using var reader = session.Rowids.ExecuteReader();
        while (reader.Read())
        {
            rowids.Add(reader.GetInt64(0));
        }

        return rowids;
    }

    private static string JsonArray(IEnumerable<long> rowids) => "[" + string.Join(',', rowids) + "]";

    /// <summary>
    /// The word in the content a misspelt word was most likely meant to be: among the words sharing most of its
    /// trigrams, the one fewest edits away (one edit for words of up to seven letters, two for longer ones), the most
    /// used on a tie. Null when no word is that close. Call only while holding a lease.
    /// </summary>
    public string? ClosestWord(string word)
    {
        if (word.Length < 3 || _wordCounts.ContainsKey(word))
        {
            return null;
        }

        // A three-letter word has a single trigram, which a typo in it changes, and most three-letter words one edit
        // from another are different words ("dad", "day"). Only the shorthand of a word typed without its vowel
        // ("lng" for "long") is fixed, from the content's four-letter words.
        if (word.Length == 3)
        {
            return word.AsSpan().IndexOfAny("aeiouy") < 0 ? Closest(word, _fourLetterWords.Where(c => c[0] == word[0]), allowed: 1) : null;
        }

        var trigrams = Enumerable.Range(0, word.Length - 2).Select(i => "\"" + word.Substring(i, 3) + "\"").Distinct();
        var session = Rent();
        var candidates = new List<string>();
        try
        {
            session.Similar.Parameters["$expression"].Value = string.Join(" OR ", trigrams);
            using var reader = session.Similar.ExecuteReader();
            while (reader.Read())
            {
                candidates.Add(reader.GetString(0));
            }
        }
        finally
        {
            Return(session);
        }

        // A short word one edit from another is as likely a different word as a typo; a typo rarely changes the first
        // letter ("wine" is not "nine"). Two edits reach too many other words of six or seven letters ("prefers" is not
        // "preterm"), so only longer words get them.
        return word.Length <= 5
            ? Closest(word, candidates.Where(c => c[0] == word[0]), allowed: 1)
            : Closest(word, candidates, allowed: word.Length >= 8 ? 2 : 1);
    }

    /// <summary>
    /// The candidate fewest edits from the word, within <paramref name="allowed"/>, the most used on a tie. Never a
    /// common word ("fine" for "wine", "can" for "car"): it would stand for nothing the reader meant and be left out of
    /// the search anyway.
    /// </summary>
    private string? Closest(string word, IEnumerable<string> candidates, int allowed) =>
        candidates
            .Where(c => !SearchQuery.IsStopWord(c) && !SearchQuery.IsFillerWord(c))
            .Select(c => (Word: c, Distance: EditDistance.Between(word, c)))
            .Where(c => c.Distance <= allowed)
            .OrderBy(c => c.Distance)
            .ThenByDescending(c => _wordCounts.GetValueOrDefault(c.Word))
            .ThenBy(c => c.Word, StringComparer.Ordinal)
            .Select(c => c.Word)
            .FirstOrDefault();

    private Session Rent() => _idle.TryTake(out var session) ? session : new Session(_connectionString);

    private void Return(Session session)
    {
        if (Volatile.Read(ref _leases) > 0)
        {
            _idle.Add(session);
        }
        else
        {
            session.Dispose();
        }
    }

    private static ImmutableArray<PlaceShape> Fill(
        SqliteConnection connection,
        ContentLibrary library,
        SearchPhrases phrases,
        Dictionary<string, int> wordCounts,
        List<PlacePhrase> placePhrases)
    {
        Execute(connection, FormattableString.Invariant($"""
            CREATE VIRTUAL TABLE places USING fts5(
                heading, title, body, phrases, kind UNINDEXED, url UNINDEXED, prior UNINDEXED,
                tokenize = 'porter unicode61 remove_diacritics 2');
            INSERT INTO places(places, rank) VALUES ('rank', 'bm25({HeadingWeight:0.0}, {TitleWeight:0.0}, {BodyWeight:0.0}, {PhrasesWeight:0.0})');
            CREATE VIRTUAL TABLE words USING fts5(word, tokenize = 'trigram');
            """));

        var shapes = ImmutableArray.CreateBuilder<PlaceShape>();
        using (var transaction = connection.BeginTransaction())
        {
            // Rowids are given, counting from 1, so that a place's shape is found by its rowid.
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO places (rowid, heading, title, body, phrases, kind, url, prior) VALUES ($rowid, $heading, $title, $body, $phrases, $kind, $url, $prior)";
            var parameters = new[] { "$rowid", "$heading", "$title", "$body", "$kind", "$url", "$prior", "$phrases" }.Select(n => insert.Parameters.Add(new SqliteParameter(n, null))).ToArray();
            foreach (var place in Places(library))
            {
                parameters[0].Value = shapes.Count + 1;
                parameters[1].Value = Clean(place.Heading);
                parameters[2].Value = Clean(place.Title);
                parameters[3].Value = Clean(place.Body);
                parameters[4].Value = (int)place.Kind;
                parameters[5].Value = place.Url;
                parameters[6].Value = place.Kind == SearchHitKind.Article ? 1.0 : ShortEntryPrior;
                parameters[7].Value = phrases.TextOf(place.Url);
                foreach (var phrase in phrases.ByAddress.GetValueOrDefault(place.Url, []))
                {
                    // A phrase of one word is only a word; two or more typed together say what the parent is asking.
                    if (PhraseWords(phrase) is { Length: >= 2 } words)
                    {
                        placePhrases.Add(new PlacePhrase(shapes.Count + 1, words));
                    }
                }

                insert.ExecuteNonQuery();
                shapes.Add(new PlaceShape(
                    place.Kind == SearchHitKind.Article && !place.Url.Contains('#', StringComparison.Ordinal) ? PlaceKind.Introduction : (PlaceKind)place.Kind,
                    Math.Max(1, SearchQuery.SplitWords(place.Heading).Length)));
                foreach (var word in SearchQuery.SplitWords(place.Title + " " + place.Heading + " " + place.Body + " " + phrases.TextOf(place.Url)).Where(IsSpellable))
                {
                    wordCounts[word] = wordCounts.GetValueOrDefault(word) + 1;
                }
            }

            using var insertWord = connection.CreateCommand();
            insertWord.CommandText = "INSERT INTO words (word) VALUES ($word)";
            var wordParameter = insertWord.Parameters.Add(new SqliteParameter("$word", null));
            foreach (var word in wordCounts.Keys)
            {
                wordParameter.Value = word;
                insertWord.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        // One b-tree per table instead of one per flushed segment: fewer pages to visit on every query.
        Execute(connection, "INSERT INTO places(places) VALUES ('optimize'); INSERT INTO words(words) VALUES ('optimize');");
        return shapes.ToImmutable();
    }

    /// <summary>
    /// The rows: an article's introduction is headed by the article's title, so a search for the title finds the
    /// article's start first (its sections hold the title too, but not as their heading). The introduction has no
    /// enclosing title, like FAQ answers and glossary terms, which are pages of their own.
    /// </summary>
    private static IEnumerable<(SearchHitKind Kind, string Url, string Heading, string Title, string Body)> Places(ContentLibrary library)
    {
        foreach (var article in library.Articles)
        {
            foreach (var section in article.TextBySection)
            {
                yield return section.SectionId is null
                    ? (SearchHitKind.Article, article.Url, article.Title, "", article.Summary + "\n" + section.Text)
                    : (SearchHitKind.Article, $"{article.Url}#{section.SectionId}", section.Heading, article.Title, section.Text);
            }
        }

        foreach (var entry in library.Faq)
        {
            yield return (SearchHitKind.Question, entry.Url, entry.Question, "", entry.AnswerText);
        }

        foreach (var term in library.Glossary)
        {
            yield return (SearchHitKind.Glossary, term.Url, term.Also is null ? term.Term : $"{term.Term} ({term.Also})", "", term.DefinitionText);
        }
    }

    /// <summary>Typo fixing is for words: not numbers, and not words too short to tell apart.</summary>
    private static bool IsSpellable(string word) => word.Length >= 3 && !word.Any(char.IsDigit);

    /// <summary>Content never needs control characters, and the highlight markers must not occur in it.</summary>
    private static string Clean(string text)
    {
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            clean.Append(c is '\n' or '\t' ? ' ' : char.IsControl(c) ? ' ' : c);
        }

        return clean.ToString();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>A reader's own connection to the index, with its statements prepared once.</summary>
    private sealed class Session : IDisposable
    {
        private readonly SqliteConnection _connection;

        public Session(string connectionString)
        {
            _connection = new SqliteConnection(connectionString);
            _connection.Open();

            // The index never changes after it is built, so readers need not take shared-cache table locks.
            Execute(_connection, "PRAGMA read_uncommitted = true; PRAGMA query_only = true;");

            Rowids = Prepare("SELECT rowid FROM places WHERE places MATCH $expression AND rowid <= $last LIMIT $limit", "$expression", "$last", "$limit");

            // bm25 only for the places whose order it decides, in one pass over the matches: computing it for every
            // place a common word matches cost 30 ms on a corpus 100 times the guide's size, and looking the chosen
            // places up one by one restarts the query, and bm25's count of each word's places, for each of them.
            Bm25 = Prepare("""
                SELECT rowid, CASE WHEN rowid IN (SELECT value FROM json_each($rowids)) THEN rank * prior END AS score
                FROM places
                WHERE places MATCH $expression AND rowid BETWEEN $first AND $last
                """, "$expression", "$rowids", "$first", "$last");

            // highlight() and snippet() cost far more than matching, so they run only for the places shown, each
            // looked up by rowid (CROSS JOIN keeps SQLite to that order) and returned in the order asked for.
            Show = Prepare($"""
                WITH chosen(id, position) AS (SELECT value, key FROM json_each($rowids))
                SELECT kind, url,
                       highlight(places, 0, char(2), char(3)),
                       highlight(places, 1, char(2), char(3)),
                       snippet(places, 2, char(2), char(3), '…', {SnippetWords})
                FROM chosen CROSS JOIN places ON places.rowid = chosen.id
                WHERE places MATCH $expression
                ORDER BY chosen.position
                """, "$expression", "$rowids");
            Similar = Prepare("SELECT word FROM words WHERE words MATCH $expression ORDER BY rank LIMIT 30", "$expression");
        }

        public SqliteCommand Rowids { get; }

        public SqliteCommand Bm25 { get; }

        public SqliteCommand Show { get; }

        public SqliteCommand Similar { get; }

        public void Dispose()
        {
            Rowids.Dispose();
            Bm25.Dispose();
            Show.Dispose();
            Similar.Dispose();
            _connection.Dispose();
        }

        private SqliteCommand Prepare(string sql, params string[] parameters)
        {
            var command = _connection.CreateCommand();
            command.CommandText = sql;
            foreach (var name in parameters)
            {
                command.Parameters.Add(new SqliteParameter(name, null));
            }

            command.Prepare();
            return command;
        }
    }
}

/// <summary>One phrase of a place (<see cref="SearchPhrases"/>), as the words a question must hold for it to match whole.</summary>
internal readonly record struct PlacePhrase(long Rowid, ImmutableArray<string> Words);
