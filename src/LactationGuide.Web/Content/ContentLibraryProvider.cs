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
    IEnumerable<IContentKind> kinds,
    SiteMarkdown markdown,
    TimeProvider clock,
    ILogger<ContentLibraryProvider> logger) : IHostedService, IDisposable
{
    /// <summary>
    /// Editors save in bursts (temp file, rename, touch); wait for the burst to end before reloading. A pause on the
    /// machine's own timer, not a date: the site's clock (<see cref="TimeProvider"/>) is for "now", which tests set
    /// and stop, and a stopped clock would never end the pause.
    /// </summary>
    private static readonly TimeSpan ReloadDelay = TimeSpan.FromMilliseconds(300);

    private readonly string _root = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.ContentPath));
    private readonly IReadOnlyList<IContentKind> _kinds = [.. kinds];
    private volatile ContentLibrary? _current;
    private readonly Lock _startLock = new();
    private Task? _firstLoad;
    private PhysicalFileProvider? _watcher;
    private IDisposable? _watchRegistration;
    private Timer? _reloadTimer;
    private long _loads;

    /// <summary>Raised after a reload succeeded, with the new library.</summary>
    public event Action<ContentLibrary>? Reloaded;

    /// <summary>Raised after a reload failed; the previous library is still served.</summary>
    public event Action<ContentValidationException>? ReloadFailed;

    public bool IsLoaded => _current is not null;

    /// <summary>The full path of the content folder.</summary>
    public string Root => _root;

    /// <summary>The library; while the app is starting, waits for the first load to finish.</summary>
    public ContentLibrary Current => _current ?? WaitForFirstLoad();

    /// <summary>The first load, started with the app: completes when <see cref="Current"/> can be read, or faults with why it cannot.</summary>
    public Task FirstLoad => _firstLoad ?? throw new InvalidOperationException("The content library has not been started.");

    /// <summary>
    /// Loads on another thread: the host starts its services side by side (<see cref="ContentServiceCollectionExtensions.AddContentLibrary"/>),
    /// so the server gets ready on one core while the content loads on the other. The host's start still waits
    /// for this, and broken content still stops the app.
    /// </summary>
    public Task StartAsync(CancellationToken cancellationToken) => BeginLoading();

    /// <summary>
    /// Starts the first load, if it has not started yet: called as soon as the app is built
    /// (<see cref="ContentServiceCollectionExtensions.StartLoadingContent"/>), so the content loads while the
    /// request pipeline is still being set up, and again by the host, which waits for it.
    /// </summary>
    public Task BeginLoading()
    {
        lock (_startLock)
        {
            return _firstLoad ??= Task.Run(LoadFirst);
        }
    }

    private void LoadFirst()
    {
        _current = CreateLoader().Load(Interlocked.Increment(ref _loads));
        LogLoaded(logger, _current.Articles.Length, _current.Faq.Length, _current.Glossary.Length, _root);
        if (options.Value.ReloadContentOnChange)
        {
            _reloadTimer = new Timer(_ => Reload());
            _watcher = new PhysicalFileProvider(_root);
            _watchRegistration = ChangeToken.OnChange(
                () => new CompositeChangeToken([_watcher.Watch("**/*.md"), _watcher.Watch("*.yaml")]),
                () => _reloadTimer.Change(ReloadDelay, Timeout.InfiniteTimeSpan));
        }
    }

    /// <summary>Only a request that arrives while the app is still starting gets here, and waits at most the load's time.</summary>
    private ContentLibrary WaitForFirstLoad()
    {
        FirstLoad.GetAwaiter().GetResult();
        return _current!;
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
            var library = CreateLoader().Load(Interlocked.Increment(ref _loads));
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
        catch (Exception e)
        {
            // The loader turns every mistake in a file into an error above (LoaderMutationTests holds it to that). Should
            // one still slip through, it is a bug to log, not a reason to stop serving: this runs on a timer's thread,
            // where an exception that escapes ends the process.
            LogReloadCrashed(logger, e);
        }
    }

    /// <summary>
    /// The site's pages are worked out on another thread while the loader reads and parses the files: MVC builds its
    /// page descriptors for that, a tenth of a second at start-up that the first request would otherwise wait for too.
    /// </summary>
    private ContentLoader CreateLoader()
    {
        var pages = Task.Run(LinkablePages);
        return new(_kinds, markdown, _root, SiteFileExists, () => pages.GetAwaiter().GetResult(), clock);
    }

    private bool SiteFileExists(string path) => environment.WebRootFileProvider.GetFileInfo(path).Exists;

    /// <summary>
    /// The site's pages without route values (<c>/faq</c>, <c>/tools/milk-storage</c>): what content may link to directly.
    /// Read from the pages themselves, not from the endpoints: those are only complete once the server has started,
    /// after the content has been loaded.
    /// </summary>
    private IReadOnlySet<string> LinkablePages() => actions.ActionDescriptors.Items
        .Select(a => a.AttributeRouteInfo?.Template)
        .OfType<string>()
        .Where(t => !t.Contains('{', StringComparison.Ordinal))
        .Select(t => "/" + t.Trim('/').ToLowerInvariant())
        .ToHashSet(StringComparer.Ordinal);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Articles} articles, {Faq} FAQ entries and {Terms} glossary terms from {ContentRoot}")]
    private static partial void LogLoaded(ILogger logger, int articles, int faq, int terms, string contentRoot);

    [LoggerMessage(Level = LogLevel.Error, Message = "Content reload failed; still serving the last good version. {Errors}")]
    private static partial void LogReloadFailed(ILogger logger, string errors);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Content reload failed on a mistake the loader does not report (a bug); still serving the last good version")]
    private static partial void LogReloadCrashed(ILogger logger, Exception exception);
}
