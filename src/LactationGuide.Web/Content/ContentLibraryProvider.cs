using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using LactationGuide.Web.Site;

namespace LactationGuide.Web.Content;

/// <summary>
/// Holds the current <see cref="ContentLibrary"/>. Loads it when the app starts, so broken content stops the app
/// before its first request; optionally reloads it when a file changes, keeping the last good library when an
/// edit breaks something.
/// </summary>
public sealed partial class ContentLibraryProvider(
    IOptions<SiteOptions> options,
    IWebHostEnvironment environment,
    IActionDescriptorCollectionProvider actions,
    ILogger<ContentLibraryProvider> logger) : IHostedService, IDisposable
{
    /// <summary>Editors save in bursts (temp file, rename, touch); wait for the burst to end before reloading.</summary>
    private static readonly TimeSpan ReloadDelay = TimeSpan.FromMilliseconds(300);

    private readonly string _root = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.ContentPath));
    private volatile ContentLibrary? _current;
    private PhysicalFileProvider? _watcher;
    private IDisposable? _watchRegistration;
    private Timer? _reloadTimer;

    /// <summary>Raised after a reload succeeded, with the new library.</summary>
    public event Action<ContentLibrary>? Reloaded;

    /// <summary>Raised after a reload failed; the previous library is still served.</summary>
    public event Action<ContentValidationException>? ReloadFailed;

    public bool IsLoaded => _current is not null;

    /// <summary>The full path of the content folder.</summary>
    public string Root => _root;

    public ContentLibrary Current => _current ?? throw new InvalidOperationException("The content library has not been loaded yet.");

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _current = CreateLoader().Load();
        LogLoaded(logger, _current.Articles.Length, _current.Faq.Length, _current.Glossary.Length, _root);
        if (options.Value.ReloadContentOnChange)
        {
            _reloadTimer = new Timer(_ => Reload());
            _watcher = new PhysicalFileProvider(_root);
            _watchRegistration = ChangeToken.OnChange(
                () => new CompositeChangeToken([_watcher.Watch("**/*.md"), _watcher.Watch("*.yaml")]),
                () => _reloadTimer.Change(ReloadDelay, Timeout.InfiniteTimeSpan));
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
        _watchRegistration?.Dispose();
        _watcher?.Dispose();
        _reloadTimer?.Dispose();
    }

    private void Reload()
    {
        try
        {
            var library = CreateLoader().Load();
            _current = library;
            LogLoaded(logger, library.Articles.Length, library.Faq.Length, library.Glossary.Length, _root);
            Reloaded?.Invoke(library);
        }
        catch (ContentValidationException e)
        {
            LogReloadFailed(logger, e.Message);
            ReloadFailed?.Invoke(e);
        }
        catch (IOException e)
        {
            // A file can vanish between listing and reading while an editor saves; the next change retries.
            LogReloadFailed(logger, e.Message);
        }
    }

    private ContentLoader CreateLoader() => new(_root, SiteFileExists, LinkablePages(), options.Value.PublicBaseUrl);

    private bool SiteFileExists(string path) => environment.WebRootFileProvider.GetFileInfo(path).Exists;

    /// <summary>
    /// The site's pages without route values (<c>/faq</c>, <c>/tools/milk-storage</c>): what content may link to directly.
    /// Read from the pages themselves, not from the endpoints: those are only complete once the server has started,
    /// after the content has been loaded.
    /// </summary>
    private HashSet<string> LinkablePages() => actions.ActionDescriptors.Items
        .Select(a => a.AttributeRouteInfo?.Template)
        .OfType<string>()
        .Where(t => !t.Contains('{', StringComparison.Ordinal))
        .Select(t => "/" + t.Trim('/').ToLowerInvariant())
        .ToHashSet(StringComparer.Ordinal);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Articles} articles, {Faq} FAQ entries and {Terms} glossary terms from {ContentRoot}")]
    private static partial void LogLoaded(ILogger logger, int articles, int faq, int terms, string contentRoot);

    [LoggerMessage(Level = LogLevel.Error, Message = "Content reload failed; still serving the last good version. {Errors}")]
    private static partial void LogReloadFailed(ILogger logger, string errors);
}
