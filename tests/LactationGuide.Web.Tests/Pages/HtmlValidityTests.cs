using System.Diagnostics;
using System.Text.Json;

namespace LactationGuide.Web.Tests.Pages;

/// <summary>
/// Every page is valid HTML by the W3C's Nu checker, the same one validator.w3.org runs: invalid markup is where
/// screen readers and old phone browsers part ways with what the page meant.
/// </summary>
public sealed class HtmlValidityTests : IClassFixture<SiteFactory>
{
    private readonly HttpClient _client;

    public HtmlValidityTests(SiteFactory factory) => _client = factory.CreateClient();

    /// <summary>Pages beyond the site map's: answers the planner and search give, errors, and the label.</summary>
    private static readonly string[] StatePages =
    [
        "/search?q=how+long+breast+milk+fridge",
        "/search?q=zqxjvw",
        "/search?q=",
        "/tools/milk-storage?step=expressed",
        "/tools/milk-storage?expressed=2026-11-22T01:00",
        "/tools/milk-storage?expressed=2026-11-22T01:00&to=fridge&step=first",
        "/tools/milk-storage?expressed=2026-11-22T01:00&been=fridge+2026-11-22T01:00&to=freezer&step=next",
        "/tools/milk-storage?expressed=2026-11-22T01:00&been=fridge+2026-11-22T01:00&to=still",
        "/tools/milk-storage?expressed=2026-11-22T01:00&been=freezer+2026-11-22T01:00&been=thawed-in-fridge+2026-11-22T02:00&to=still&guideline=uk&now=banana",
        "/tools/milk-storage?expressed=2026-11-22T01:00&been=thawed-in-fridge+2026-11-22T02:00&to=still",
        "/tools/milk-storage/label?expressed=2026-11-22T01:00&been=fridge+2026-11-22T01:00&to=still&guideline=cdc",
        "/tools/milk-storage/label?expressed=banana",
    ];

    [NuCheckerFact]
    public async Task Every_page_is_valid_html()
    {
        var folder = Directory.CreateTempSubdirectory("lactationguide-html-");
        try
        {
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var url in SitePages.All.Concat(StatePages))
            {
                var name = $"page{names.Count:D3}.html";
                names[name] = url;
                // Whatever the status: a 400 or 404 page must be valid too.
                using var response = await _client.GetAsync(url);
                await File.WriteAllTextAsync(Path.Combine(folder.FullName, name), await response.Content.ReadAsStringAsync());
            }

            var messages = NuChecker.Check(folder.FullName);

            var problems = messages.Select(m => $"{names.GetValueOrDefault(m.Url[(m.Url.LastIndexOf('/') + 1)..], m.Url)}:{m.Line}: {m.Text}");
            Assert.True(messages.Count == 0, string.Join(Environment.NewLine, problems));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}

/// <summary>The Nu HTML checker (vnu.jar, from npm's vnu-jar, the version .ci/run pins).</summary>
internal static class NuChecker
{
    /// <summary>VNU_JAR, or else where .ci/run puts it, so that a machine that ran CI once has it.</summary>
    public static string? JarPath =>
        new[]
        {
            Environment.GetEnvironmentVariable("VNU_JAR"),
            Path.Combine(
                Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } cache ? cache : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"),
                "lactationguide", "vnu-26.9.27", "node_modules", "vnu-jar", "build", "dist", "vnu.jar"),
        }.FirstOrDefault(path => !string.IsNullOrEmpty(path) && File.Exists(path));

    public static string? SkipReason =>
        JarPath is not null || Environment.GetEnvironmentVariable("CI") == "true"
            ? null
            : "The Nu HTML checker is not installed: `npm install vnu-jar` and set VNU_JAR to its build/dist/vnu.jar (.ci/run does this)";

    public sealed record Problem(string Url, int Line, string Text);

    /// <summary>Checks every .html file in the folder; returns the errors (warnings and notes are left to people).</summary>
    public static List<Problem> Check(string folder)
    {
        var jar = JarPath ?? throw new InvalidOperationException("CI=true but VNU_JAR does not name the Nu checker's vnu.jar; .ci/run installs it");
        var start = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-jar", jar, "--errors-only", "--format", "json", "--skip-non-html", folder })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        // The checker writes its JSON report to standard error, and exits 1 when it found errors.
        using var report = JsonDocument.Parse(output.Result);
        return
        [
            .. report.RootElement.GetProperty("messages").EnumerateArray().Select(m => new Problem(
                m.GetProperty("url").GetString()!,
                m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0,
                m.GetProperty("message").GetString()!)),
        ];
    }
}

/// <summary>A test that needs the Nu checker: skipped, with how to install it, outside CI; in CI it must run.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NuCheckerFactAttribute : FactAttribute
{
    public NuCheckerFactAttribute() => Skip = NuChecker.SkipReason;
}
