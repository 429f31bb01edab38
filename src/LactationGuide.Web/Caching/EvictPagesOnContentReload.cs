using LactationGuide.Web.Content;
using Microsoft.AspNetCore.OutputCaching;

namespace LactationGuide.Web.Caching;

/// <summary>
/// Drops every cached page when the content reloads. The cache key already includes the content's version, so this is
/// about memory (old pages would otherwise sit there for a day), not about correctness.
/// </summary>
internal sealed partial class EvictPagesOnContentReload(
    ContentLibraryProvider content,
    IOutputCacheStore store,
    ILogger<EvictPagesOnContentReload> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        content.Reloaded += OnReloaded;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        content.Reloaded -= OnReloaded;
        return Task.CompletedTask;
    }

    private void OnReloaded(ContentLibrary library) => _ = EvictAsync();

    private async Task EvictAsync()
    {
        try
        {
            await store.EvictByTagAsync(PageOutputCachePolicy.Tag, CancellationToken.None);
        }
        catch (Exception e)
        {
            LogEvictionFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not evict cached pages after a content reload; they expire on their own")]
    private static partial void LogEvictionFailed(ILogger logger, Exception exception);
}
