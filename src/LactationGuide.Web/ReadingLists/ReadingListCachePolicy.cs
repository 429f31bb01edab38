using System.Globalization;
using LactationGuide.Web.Caching;
using LactationGuide.Web.Content;
using Microsoft.AspNetCore.OutputCaching;

namespace LactationGuide.Web.ReadingLists;

/// <summary>
/// Caches a reading list like a page: the same items in the same order give the same bytes (on the same day, as a
/// list prints its date), kept compressed in the output cache. Only a list's one address is cached, never a request
/// with anything else in its query, and at most <see cref="MaxLists"/> lists at a time: anyone can make up lists,
/// and they must not push the site's own pages out of the cache.
/// </summary>
internal sealed class ReadingListCachePolicy(ContentLibraryProvider content, PageOutputCachePolicy pages, TimeProvider time) : IOutputCachePolicy
{
    public const string Name = "reading-list";

    /// <summary>A list page is about 10 to 40 KB compressed: a few hundred lists are a few megabytes of the cache's 64.</summary>
    public const int MaxLists = 300;

    /// <summary>Lists are made and opened in bursts (a consultant, then her client); an hour covers both.</summary>
    public static readonly TimeSpan Duration = TimeSpan.FromHours(1);

    private readonly Queue<DateTimeOffset> _expiries = new();
    private readonly Lock _lock = new();
    private long _contentVersion;

    /// <summary>How many lists are in the cache now, as far as this policy knows (entries can leave earlier, never later).</summary>
    public int Stored
    {
        get
        {
            lock (_lock)
            {
                Expire(time.GetUtcNow());
                return _expiries.Count;
            }
        }
    }

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var request = context.HttpContext.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) || !content.IsLoaded
            || request.Headers.ContainsKey("Authorization") || content.Current.ReadingLists is not { } catalog)
        {
            return ValueTask.CompletedTask;
        }

        var list = ListRequest.Parse(request.QueryString.Value, request.Query, catalog);
        if (!list.IsCanonical)
        {
            return ValueTask.CompletedTask;
        }

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        context.ResponseExpirationTimeSpan = Duration;
        pages.VaryLikeAPage(context);
        context.CacheVaryByRules.VaryByValues["items"] = list.Query;
        context.CacheVaryByRules.VaryByValues["day"] = Today().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        if (context.AllowCacheStorage && !TryReserve())
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>The day a list prints as its date (the server's, in UTC; js/reading-list.js shows the reader's own).</summary>
    public DateOnly Today() => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    /// <summary>
    /// Counts a list into the cache if there is room. Every list is kept for the same time, so they leave in the order
    /// they came: a queue of expiry times is an exact count. A content reload empties the cache, and the count.
    /// </summary>
    private bool TryReserve()
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            var version = content.Current.Version;
            if (version != _contentVersion)
            {
                _contentVersion = version;
                _expiries.Clear();
            }

            Expire(now);
            if (_expiries.Count >= MaxLists)
            {
                return false;
            }

            _expiries.Enqueue(now + Duration);
            return true;
        }
    }

    private void Expire(DateTimeOffset now)
    {
        while (_expiries.TryPeek(out var expiry) && expiry <= now)
        {
            _expiries.Dequeue();
        }
    }
}
