using LactationGuide.Web.Content;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;

namespace LactationGuide.Web.Tests.Browser;

/// <summary>
/// The site on a real port (Kestrel) and one headless Chromium, shared by all the browser tests: starting a browser
/// per test would cost more than the tests themselves.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };
    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 900 };
    public static readonly ViewportSize SmallPhone = new() { Width = 320, Height = 640 };

    /// <summary>The two phones the site is designed for (390 × 844 and 320 × 640), each in light and dark.</summary>
    public static TheoryData<int, int, ColorScheme> PhonesLightAndDark() => new()
    {
        { 390, 844, ColorScheme.Light },
        { 390, 844, ColorScheme.Dark },
        { 320, 640, ColorScheme.Light },
        { 320, 640, ColorScheme.Dark },
    };

    private readonly StrictPolicySite _site = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress { get; private set; } = null!;

    public ContentLibrary Library => _site.Services.GetRequiredService<ContentLibraryProvider>().Current;

    public async Task InitializeAsync()
    {
        if (Chromium.SkipReason is not null)
        {
            return;
        }

        if (!File.Exists(Chromium.ExecutablePath))
        {
            throw new InvalidOperationException(Chromium.MissingMessage + " (CI=true, so the browser tests fail rather than skip).");
        }

        _site.StartOnLoopback();
        BaseAddress = _site.ClientOptions.BaseAddress;
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await _site.DisposeAsync();
    }

    /// <summary>
    /// A fresh browser profile (no stored theme, no permissions) at the given screen size, whose pages read the
    /// tests' date (<see cref="TestClock.Now"/>, on UTC unless a test chooses a zone), as the site does: the planner's
    /// script fills in the device's time, and the server and the page then agree on it in any year.
    /// </summary>
    /// <param name="fixDate">
    /// False for a test that times the first paint: Playwright's clock replaces requestAnimationFrame with a timer of
    /// its own, no longer run just before a paint.
    /// </param>
    public async Task<IBrowserContext> NewContextAsync(ViewportSize viewport, ColorScheme colorScheme = ColorScheme.Light, BrowserNewContextOptions? options = null, bool fixDate = true)
    {
        options ??= new BrowserNewContextOptions();
        options.BaseURL = BaseAddress.ToString();
        options.ViewportSize = viewport;
        options.ColorScheme = colorScheme;
        options.IsMobile ??= viewport.Width < 600;
        options.HasTouch ??= viewport.Width < 600;
        options.TimezoneId ??= "UTC";
        var context = await _browser!.NewContextAsync(options);

        // Only Date is fixed; timers still run, so the page's scripts behave as they do for a reader.
        if (fixDate)
        {
            await context.Clock.SetFixedTimeAsync(TestClock.Now.UtcDateTime);
        }

        return context;
    }

    /// <summary>
    /// Opens a page and records what went wrong in it: script errors, anything the CSP refused, and anything the page
    /// asked for that failed or answered an error, on the 404 page too. The page itself must answer its own status:
    /// 404 for <see cref="SitePages.NotFound"/>, 200 for every other page.
    /// </summary>
    public static async Task<(IPage Page, List<string> Errors)> OpenAsync(IBrowserContext context, string url, WaitUntilState waitUntil = WaitUntilState.Load)
    {
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        var expected = url == SitePages.NotFound ? 404 : 200;
        string? document = null;
        page.Console += (_, message) =>
        {
            // Chromium reports a page that answers 404 as a resource that failed to load, at the page's own address:
            // that one line is the 404 page working. Anything else (a missing image or script on it) still counts.
            // (Playwright gives the location as "url:line:column".)
            var ownStatus = expected == 404 && document is not null && message.Location.StartsWith(document + ":", StringComparison.Ordinal)
                && message.Text.Contains("404", StringComparison.Ordinal);
            if (message.Type == "error" && !ownStatus)
            {
                errors.Add($"{url}: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => errors.Add($"{url}: {error}");
        page.RequestFailed += (_, request) => errors.Add($"{url}: {request.Url} failed: {request.Failure}");
        page.Response += (_, response) =>
        {
            if (response.Request.IsNavigationRequest && response.Frame == page.MainFrame)
            {
                document = response.Url;
            }
            else if (response.Status >= 400)
            {
                errors.Add($"{url}: {response.Url} answered {response.Status}");
            }
        };

        var answer = await page.GotoAsync(url, new() { WaitUntil = waitUntil });
        if (answer?.Status != expected)
        {
            errors.Add($"{url}: answered {answer?.Status}, not {expected}");
        }

        return (page, errors);
    }

    /// <summary>
    /// Serves every page with the strict Content-Security-Policy the site is meant to run under (unless the site
    /// already sends one), so that an inline script or style attribute shows up as an error in these tests.
    /// </summary>
    private sealed class StrictPolicySite : SiteFactory
    {
        public const string StrictPolicy = "default-src 'self'";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, StrictPolicyFilter>());
        }

        private sealed class StrictPolicyFilter : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                app.Use((context, nextMiddleware) =>
                {
                    context.Response.OnStarting(() =>
                    {
                        context.Response.Headers.TryAdd("Content-Security-Policy", StrictPolicy);
                        return Task.CompletedTask;
                    });
                    return nextMiddleware(context);
                });
                next(app);
            };
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "Browser";
}
