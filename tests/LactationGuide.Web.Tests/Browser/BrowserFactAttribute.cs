namespace LactationGuide.Web.Tests.Browser;

/// <summary>Where the real-browser tests find Chromium, and what they do without it.</summary>
internal static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public const string MissingMessage = "Chromium not found: install it with `apt-get install -y chromium`";

    /// <summary>On a developer's machine the browser tests skip without Chromium; in CI (CI=true) they must run, so they fail.</summary>
    public static string? SkipReason =>
        File.Exists(ExecutablePath) || Environment.GetEnvironmentVariable("CI") == "true" ? null : MissingMessage;
}

/// <summary>A test that needs a real browser: skipped, with how to install Chromium, when it is missing outside CI.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute() => Skip = Chromium.SkipReason;
}

/// <summary>A theory that needs a real browser: skipped, with how to install Chromium, when it is missing outside CI.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute() => Skip = Chromium.SkipReason;
}
