using System.Diagnostics;
using System.Text.RegularExpressions;

namespace LactationGuide.Web.Tests.Logging;

/// <summary>
/// The log as an operator sees it: the site run as its own process with the appsettings it ships with, its standard
/// output read while it serves. The buffered console writes in batches, so this is where a line that waits for a
/// batch that never comes, or for the process to stop, would show.
/// </summary>
public sealed partial class RequestLogOutputTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Each_request_line_reaches_standard_output_while_the_site_is_running()
    {
        using var site = SiteProcess.Start();
        var address = await site.WaitForLine(ListeningOn());
        using var client = new HttpClient { BaseAddress = new Uri(address.Groups["address"].Value) };

        for (var i = 0; i < 3; i++)
        {
            (await client.GetAsync("/faq")).EnsureSuccessStatusCode();
        }

        (await client.GetAsync("/articles/no-such-article")).Dispose();

        await site.WaitForLine(RequestLine("/faq", 200), count: 3);
        await site.WaitForLine(RequestLine("/articles/no-such-article", 404));
        Assert.False(site.HasExited, "the site stopped while its log was read");
    }

    [Fact]
    public async Task A_line_break_in_the_path_stays_encoded_in_the_log_and_forges_no_line()
    {
        using var site = SiteProcess.Start();
        var address = await site.WaitForLine(ListeningOn());
        using var client = new HttpClient { BaseAddress = new Uri(address.Groups["address"].Value) };

        (await client.GetAsync("/faq%0A[00:00:00 INF] forged")).Dispose();

        await site.WaitForLine(RequestLine("/faq%0A%5B00:00:00%20INF%5D%20forged", 404));
        Assert.False(site.HasLine(new Regex(@"^\[00:00:00 INF\] forged")), "the request wrote a line of its own into the log");
    }

    /// <summary>For a log shipper: one JSON object a line (Serilog's compact format), chosen by configuration alone.</summary>
    [Fact]
    public async Task Compact_json_is_one_configuration_setting_away()
    {
        using var site = SiteProcess.Start(environment: new Dictionary<string, string>
        {
            ["Serilog__WriteTo__0__Args__formatter__type"] = "Serilog.Formatting.Compact.RenderedCompactJsonFormatter, Serilog.Formatting.Compact",
        });
        var listening = await site.WaitForLine(new Regex("^\\{.*\"address\":\"(?<address>http://127\\.0\\.0\\.1:\\d+)\""));
        using var client = new HttpClient { BaseAddress = new Uri(listening.Groups["address"].Value) };

        (await client.GetAsync("/faq%0Aforged")).Dispose();

        var line = await site.WaitForLine(new Regex("^\\{.*\"RequestPath\".*\\}$"));
        using var json = System.Text.Json.JsonDocument.Parse(line.Value);
        var root = json.RootElement;
        Assert.Equal("/faq%0Aforged", root.GetProperty("RequestPath").GetString());
        Assert.Equal(404, root.GetProperty("StatusCode").GetInt32());
        Assert.Equal("GET", root.GetProperty("RequestMethod").GetString());
        Assert.True(root.TryGetProperty("@t", out _) && root.TryGetProperty("@m", out _), line.Value);
    }

    /// <summary>
    /// Standard output that nobody reads fills its pipe (64 KB here) and then blocks every write. The batched console
    /// sits behind Serilog's bounded batching queue, which drops lines rather than wait, so the site keeps serving.
    /// </summary>
    [Fact]
    public async Task Requests_do_not_wait_for_standard_output_that_nobody_reads()
    {
        using var site = SiteProcess.Start(readOutput: false);
        var address = site.ReadUntil(ListeningOn());
        using var client = new HttpClient { BaseAddress = new Uri(address.Groups["address"].Value), Timeout = TimeSpan.FromSeconds(10) };

        // About 2,000 request lines of 110 bytes: three times what the pipe holds.
        using var timeout = new CancellationTokenSource(Patience);
        for (var i = 0; i < 2_000; i++)
        {
            using var response = await client.GetAsync($"/faq?n={i}", timeout.Token);
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        }

        Assert.False(site.HasExited);
    }

    private static Regex RequestLine(string path, int status) =>
        new($@"^\[\d\d:\d\d:\d\d INF\] Serilog\.AspNetCore\.RequestLoggingMiddleware: HTTP GET {Regex.Escape(path)} responded {status} in \d+\.\d{{4}} ms$");

    [GeneratedRegex(@"Now listening on: (?<address>http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningOn();

    private sealed class SiteProcess : IDisposable
    {
        private readonly Process _process;
        private readonly List<string> _lines = [];
        private readonly SemaphoreSlim _changed = new(0);

        private SiteProcess(Process process, bool readOutput)
        {
            _process = process;
            _process.ErrorDataReceived += (_, e) => Add(e.Data);
            _process.BeginErrorReadLine();
            if (readOutput)
            {
                _process.OutputDataReceived += (_, e) => Add(e.Data);
                _process.BeginOutputReadLine();
            }
        }

        /// <summary>Reads standard output line by line until a line matches, then leaves the rest unread.</summary>
        public Match ReadUntil(Regex pattern)
        {
            while (_process.StandardOutput.ReadLine() is { } line)
            {
                if (pattern.Match(line) is { Success: true } match)
                {
                    return match;
                }
            }

            throw new InvalidOperationException($"the site closed its output before a line matching {pattern}");
        }

        public bool HasExited => _process.HasExited;

        public bool HasLine(Regex pattern)
        {
            lock (_lines)
            {
                return _lines.Any(pattern.IsMatch);
            }
        }

        /// <summary>The built site, in Production, from the web project's folder (its appsettings and wwwroot).</summary>
        public static SiteProcess Start(bool readOutput = true, IReadOnlyDictionary<string, string>? environment = null)
        {
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = RepositoryPaths.WebProject,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "LactationGuide.Web.dll"));
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
            start.Environment["Site__ContentPath"] = RepositoryPaths.Content;
            foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            {
                start.Environment[name] = value;
            }

            return new SiteProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"), readOutput);
        }

        public async Task<Match> WaitForLine(Regex pattern, int count = 1)
        {
            using var timeout = new CancellationTokenSource(Patience);
            while (true)
            {
                Match[] matches;
                lock (_lines)
                {
                    matches = [.. _lines.Select(l => pattern.Match(l)).Where(m => m.Success)];
                }

                if (matches.Length >= count)
                {
                    return matches[0];
                }

                try
                {
                    await _changed.WaitAsync(timeout.Token);
                }
                catch (OperationCanceledException)
                {
                    lock (_lines)
                    {
                        Assert.Fail($"no {count} line(s) matching {pattern} within {Patience.TotalSeconds} s; the site wrote:\n{string.Join('\n', _lines)}");
                    }
                }
            }
        }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit();
            }

            _process.Dispose();
            _changed.Dispose();
        }

        private void Add(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (_lines)
            {
                _lines.Add(line);
            }

            _changed.Release();
        }
    }
}
