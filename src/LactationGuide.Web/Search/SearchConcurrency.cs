using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace LactationGuide.Web.Search;

/// <summary>
/// Searches that the output cache cannot answer run at most one fewer at a time than there are cores, so that a burst
/// of new searches (2 ms of processor time each) leaves a core for every other page.
/// </summary>
/// <remarks>
/// Without it, 16 connections asking new searches on 2 cores put the cached article's median at 17 ms instead of under
/// 1 ms: pages and searches wait in the same thread-pool queue (docs/performance.md). A search that cannot start
/// waits its turn; none is ever refused, so a parent searching for a warning sign always gets the results and their
/// warning box, only later.
/// </remarks>
public static class SearchConcurrency
{
    /// <summary>The rate-limiter policy the search page names.</summary>
    public const string Policy = "search";

    /// <summary>How many new searches run at once: one fewer than the cores, and at least one.</summary>
    public static int Limit(int processorCount) => Math.Max(1, processorCount - 1);

    public static IServiceCollection AddSearchConcurrency(this IServiceCollection services) =>
        services.AddRateLimiter(options => options.AddConcurrencyLimiter(Policy, limiter =>
        {
            limiter.PermitLimit = Limit(Environment.ProcessorCount);
            limiter.QueueLimit = int.MaxValue;
            limiter.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
        }));
}
