using LactationGuide.Web.Content;
using Microsoft.Extensions.DependencyInjection;

namespace LactationGuide.Web.Tests.Content;

/// <summary>
/// The site on its own copy of the fixture content, reloading when a file changes, as in Development. Edits wait for
/// the site to take them in, so a test asserts on the new version, not on a race with the file watcher.
/// </summary>
public sealed class ReloadingSite : SiteFactory
{
    /// <summary>How long a reload may take on a loaded machine before the test gives up.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    public ReloadingSite()
        : base(ContentFixture.CopyValid())
    {
    }

    protected override bool ReloadContentOnChange => true;

    public ContentLibraryProvider Provider => Services.GetRequiredService<ContentLibraryProvider>();

    /// <summary>Edits a content file and waits until the site has reloaded it.</summary>
    public Task EditAndWaitForReloadAsync(string file, string find, string replace) =>
        EditAndWaitAsync(file, find, replace, done => Provider.Reloaded += _ => done.TrySetResult());

    /// <summary>Breaks a content file and waits until the site has tried, and failed, to reload it.</summary>
    public Task EditAndWaitForFailedReloadAsync(string file, string find, string replace) =>
        EditAndWaitAsync(file, find, replace, done => Provider.ReloadFailed += _ => done.TrySetResult());

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(ContentPath))
        {
            Directory.Delete(ContentPath, recursive: true);
        }
    }

    private async Task EditAndWaitAsync(string file, string find, string replace, Action<TaskCompletionSource> subscribe)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        subscribe(done);
        ContentFixture.Edit(ContentPath, file, find, replace);
        await done.Task.WaitAsync(Patience);
    }
}
