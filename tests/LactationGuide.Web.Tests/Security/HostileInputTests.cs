using System.Text;

namespace LactationGuide.Web.Tests.Security;

/// <summary>
/// The requests a scanner or an attacker sends. Whatever arrives, the site answers without a server error, never serves
/// a file from outside wwwroot, and never puts the request's markup back into a page unencoded.
/// </summary>
public sealed class HostileInputTests(KestrelSiteFactory site) : IClassFixture<KestrelSiteFactory>
{
    /// <summary>Text that is only in files a reader must never get: configuration, source, raw content, the OS.</summary>
    private static readonly string[] SecretMarkers =
    [
        "root:x:0:0",                 // /etc/passwd
        "\"ReloadContentOnChange\"",  // appsettings.json
        "app.MapRazorPages",          // Program.cs
        "namespace LactationGuide",   // any .cs file
        "<Project Sdk",               // the .csproj
        "nextReview:",                // raw Markdown front matter from content/
        "This program cannot be run", // a .dll
        "PATH=",                      // /proc/self/environ
    ];

    /// <summary>Markup the payloads carry; finding it verbatim in a response means it was reflected unencoded.</summary>
    private static readonly string[] ReflectedMarkers = ["<script>alert(1)", "<svg onload", "<x-reflected>", "Set-Cookie: injected"];

    /// <summary>Answers in the 5xx range that are the protocol's right answer, not a failure of the site.</summary>
    private static readonly Dictionary<string, int> ProtocolAnswers = new() { ["unknown HTTP version"] = 505 };

    private static readonly string[] RouteValues =
    [
        "appsettings.json",
        "LactationGuide.Web.dll",
        "LactationGuide.Web.staticwebassets.endpoints.json",
        "../appsettings.json",
        "..%2fappsettings.json",
        "..%252fappsettings.json",
        "%2e%2e/%2e%2e/appsettings.json",
        "%2e%2e%2f%2e%2e%2fappsettings.json",
        "%252e%252e%252fappsettings.json",
        "..\\..\\appsettings.json",
        "..%5c..%5cappsettings.json",
        "%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
        "....//....//....//etc/passwd",
        "..;/..;/etc/passwd",
        "../../../../../../../../etc/passwd",
        "%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "..%2f..%2f..%2f..%2f..%2f..%2fproc%2fself%2fenviron",
        "../../../../content/articles/first-days.md",
        "..%2f..%2f..%2fcontent%2farticles%2ffirst-days.md",
        "../Program.cs",
        "..%2f..%2fProgram.cs",
        "../LactationGuide.Web.csproj",
        "../bin/Debug/net10.0/LactationGuide.Web.dll",
        "%2fetc%2fpasswd",
        "//etc/passwd",
        "first-days%00.md",
        "first-days%0d%0aSet-Cookie:%20injected=1",
        "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "%22%3E%3Csvg%20onload%3Dalert(1)%3E",
        "%3Cx-reflected%3E",
        "%ZZ%G0%",
        "%u002e%u002e%u2215etc%u2215passwd",
        "%F0%9F%98%80%ED%A0%80",
        new string('a', 8_000),
    ];

    private static readonly string[] Prefixes = ["/articles/", "/faq/", "/status/", "/css/", "/diagrams/", "/images/", "/"];

    /// <summary>Pages of each kind, the planner, search and a missing page; one with a query, which is never cached.</summary>
    private static readonly string[] IssuePages =
    [
        "/search?q=milk", "/articles/milk-storage", "/articles/milk-storage?fresh=1", "/tools/milk-storage",
        "/tools/milk-storage?expressed=2026-11-22T01:00&been=fridge+2026-11-22T01:00&to=still&guideline=cdc", "/tools/milk-storage/label", "/faq/mastitis", "/",
        "/unwell", "/no-such-page", "/status/404", "/sitemap.xml", "/list/build", "/list?items=faq.mastitis",
    ];

    private static readonly string[] BodyTypes =
    [
        "application/x-www-form-urlencoded;charset=utf-7",
        "application/x-www-form-urlencoded; charset=utf-32",
        "application/x-www-form-urlencoded; charset=no-such-charset",
        "multipart/form-data; boundary=x",
        "multipart/form-data",
        "application/json",
    ];

    public static TheoryData<string, string> Corpus()
    {
        var corpus = new TheoryData<string, string>();
        var seen = new HashSet<string>();
        void Add(string name, byte[] request)
        {
            if (seen.Add(name))
            {
                corpus.Add(name, Convert.ToBase64String(request));
            }
        }

        foreach (var prefix in Prefixes)
        {
            foreach (var value in RouteValues)
            {
                var shown = value.Length > 60 ? $"{value[..20]}...({value.Length} chars)" : value;
                Add($"GET {prefix}{shown}", RawHttp.Request("GET", prefix + value));
            }
        }

        Add("NUL in the path", Bytes("GET /articles/first\0days HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
        Add("control characters in the path", Bytes("GET /articles/\u0001\u001b[31m HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
        Add("raw space and markup in the path", Bytes("GET /articles/<script>alert(1)</script> x HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
        Add("absolute-form target to another host", RawHttp.Request("GET", "http://evil.example/articles/first-days"));
        Add("path of 100,000 characters", RawHttp.Request("GET", "/articles/" + new string('a', 100_000)));
        Add("query of 100,000 characters", RawHttp.Request("GET", "/faq?q=" + new string('b', 100_000)));
        Add("query with markup", RawHttp.Request("GET", "/faq?q=%3Cscript%3Ealert(1)%3C/script%3E&x=%3Cx-reflected%3E"));
        Add("query with NUL and bad percent-encoding", RawHttp.Request("GET", "/faq?%00=%00&a=%ZZ&b=%"));
        Add("query of 5,000 keys", RawHttp.Request("GET", "/?" + string.Join('&', Enumerable.Range(0, 5_000).Select(i => $"k{i}=v"))));
        foreach (var method in new[] { "FOO", "TRACE", "TRACK", "CONNECT", "PROPFIND", "DELETE", "PUT", "PATCH", "OPTIONS", "POST", "G\u0001T", "GET\u00ff" })
        {
            Add($"method {method} on an article", RawHttp.Request(method, "/articles/first-days", "Content-Length: 0"));
            Add($"method {method} on a list", RawHttp.Request(method, "/faq", "Content-Length: 0"));
        }

        Add("POST with markup body", Bytes("POST /faq HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 27\r\n\r\nq=<script>alert(1)</script>"));
        Add("header of 64 KB", RawHttp.Request("GET", "/", "X-Big: " + new string('x', 64 * 1024)));
        Add("1,000 headers", RawHttp.Request("GET", "/", [.. Enumerable.Range(0, 1_000).Select(i => $"X-H{i}: {i}")]));
        Add("header with NUL", RawHttp.Request("GET", "/", "X-Nul: a\0b"));
        Add("header with bare CR", RawHttp.Request("GET", "/", "X-Cr: a\rSet-Cookie: injected=1"));
        Add("no Host header", Bytes("GET / HTTP/1.1\r\nConnection: close\r\n\r\n"));
        Add("Host with markup", Bytes("GET / HTTP/1.1\r\nHost: <x-reflected>\r\nConnection: close\r\n\r\n"));
        Add("two Host headers", Bytes("GET / HTTP/1.1\r\nHost: a.example\r\nHost: b.example\r\nConnection: close\r\n\r\n"));
        Add("unknown HTTP version", Bytes("GET / HTTP/9.9\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
        Add("HTTP/1.0 without Host", Bytes("GET /articles/first-days HTTP/1.0\r\n\r\n"));
        Add("request line only garbage", Bytes("\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u0001\u00fc\u0003\u0003\r\n\r\n"));
        Add("X-Forwarded-Host for another site", RawHttp.Request("GET", "/articles/first-days", "X-Forwarded-Host: evil.example", "X-Forwarded-Proto: <x-reflected>"));
        foreach (var range in new[] { "bytes=abc", "bytes=999999999-1", "bytes=-0", "bytes=5-2", "lines=1-2", "bytes=" + string.Join(',', Enumerable.Range(0, 2_000).Select(i => $"{i}-{i}")), "bytes=0-18446744073709551616" })
        {
            Add($"Range {range[..Math.Min(range.Length, 30)]} on a page", RawHttp.Request("GET", "/articles/first-days", "Range: " + range));
            Add($"Range {range[..Math.Min(range.Length, 30)]} on a stylesheet", RawHttp.Request("GET", "/css/site.css", "Range: " + range));
        }

        foreach (var tag in new[] { "garbage", "W/", "\"unterminated", "W/\"a\", *, junk", "\"<x-reflected>\"", string.Join(", ", Enumerable.Range(0, 5_000).Select(i => $"\"{i}\"")) })
        {
            Add($"If-None-Match {tag[..Math.Min(tag.Length, 30)]}", RawHttp.Request("GET", "/articles/first-days", "If-None-Match: " + tag));
        }

        Add("If-Modified-Since not a date", RawHttp.Request("GET", "/articles/first-days", "If-Modified-Since: yesterday-ish"));
        Add("If-Modified-Since year 99999", RawHttp.Request("GET", "/articles/first-days", "If-Modified-Since: Mon, 01 Jan 99999 00:00:00 GMT"));
        Add("Accept-Encoding garbage", RawHttp.Request("GET", "/articles/first-days", "Accept-Encoding: br;q=abc, gzip;q=-1, *;q=9"));
        Add("Accept with markup", RawHttp.Request("GET", "/articles/nothing-here", "Accept: <x-reflected>"));

        // Reading lists: the list is its address, so the address is the input.
        foreach (var items in new[]
        {
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "faq.mastitis,%22%3E%3Csvg%20onload%3Dalert(1)%3E",
            "faq.mastitis,%3Cx-reflected%3E.x",
            "faq.mastitis%00,unwell.hard-to-wake",
            "faq.mastitis,faq.mastitis,faq.mastitis",
            "..%2F..%2Fappsettings.json",
            "%ZZ,%G0,%",
            "%F0%9F%98%80.%ED%A0%80",
            string.Join(',', Enumerable.Repeat("faq.mastitis", 13)),
            string.Join(',', Enumerable.Range(0, 5_000).Select(i => $"faq.a{i}")),
            new string(',', 10_000),
            "faq." + new string('a', 100_000),
        })
        {
            var shown = items.Length > 60 ? $"{items[..20]}...({items.Length} chars)" : items;
            Add($"GET /list?items={shown}", RawHttp.Request("GET", "/list?items=" + items));
            Add($"GET /list/build?items={shown}", RawHttp.Request("GET", "/list/build?items=" + items));
        }

        Add("list with 5,000 items keys", RawHttp.Request("GET", "/list?" + string.Join('&', Enumerable.Range(0, 5_000).Select(i => "items=faq.mastitis"))));
        Add("list with a note in its address", RawHttp.Request("GET", "/list?items=faq.mastitis&note=%3Cx-reflected%3E"));
        Add("POST to a list", Bytes("POST /list?items=faq.mastitis HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 26\r\n\r\nnote=<script>alert(1)</script>"));

        // A form body where the site takes none: MVC used to read it even on GET, and UTF-7 (which the framework
        // refuses) made every uncached page a 500. A cross-site page can send these.
        foreach (var target in IssuePages)
        {
            foreach (var contentType in BodyTypes)
            {
                Add($"GET {target} with Content-Type {contentType}", RawHttp.Request("GET", target, ["Content-Type: " + contentType], body: "q=milk!"));
            }

            Add($"POST {target} with a UTF-7 form", RawHttp.Request("POST", target, ["Content-Type: application/x-www-form-urlencoded;charset=utf-7"], body: "q=milk"));
        }

        // Addresses that answered wrongly: the error page by its address, a POST to a status page, HEAD on the search
        // engines' files, Index pages under a second address, a capitalised slug, a link that tries to leave the site.
        foreach (var (method, target) in new[]
        {
            ("GET", "/error"), ("HEAD", "/error"), ("POST", "/error"), ("POST", "/status/404"), ("GET", "/status/200"),
            ("HEAD", "/sitemap.xml"), ("HEAD", "/robots.txt"), ("HEAD", "/healthz"), ("HEAD", "/articles/first-days"),
            ("GET", "/index"), ("GET", "/about/index"), ("GET", "/articles/index"), ("GET", "/faq/index"), ("GET", "/Index"),
            ("GET", "/articles/First-Days"), ("GET", "/ARTICLES/FIRST-DAYS/"), ("HEAD", "/articles/First-Days"), ("GET", "/FAQ/"),
            ("GET", "//evil.example/index"), ("GET", "/%5Cevil.example/index"), ("GET", "/%5C%5Cevil.example/About"),
            ("GET", "/search?q=NHS%20warning%3A%20stop%20breastfeeding%20and%20call%200900%20123%20456"),
            ("GET", "/search?q=%3Cx-reflected%3E&q=second"),
        })
        {
            Add($"{method} {target}", RawHttp.Request(method, target, "Content-Length: 0"));
        }

        // Made-up hosts: the cache key no longer includes the host (MadeUpHostsTests has 6,000 of them).
        foreach (var host in new[] { "made-up-1.example", "a.example:99999", "[::1", "xn--80ak6aa92e.example", "", "localhost:0", new string('h', 300) + ".example" })
        {
            Add($"GET / for host '{(host.Length > 40 ? host[..20] + "..." : host)}'", Bytes($"GET /articles/first-days HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"));
        }

        return corpus;

        static byte[] Bytes(string text) => Encoding.Latin1.GetBytes(text);
    }

    /// <summary>The README says how many hostile requests there are; it must be the number there are.</summary>
    [Fact]
    public void The_readme_counts_the_corpus_as_it_is()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));

        var claim = System.Text.RegularExpressions.Regex.Match(readme, @"(?<count>[\d,]+) hostile requests over real HTTP");

        Assert.True(claim.Success, "the README no longer says how many hostile requests there are");
        Assert.Equal(Corpus().Count, int.Parse(claim.Groups["count"].Value, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public async Task Bad_request_gets_a_clear_answer_and_nothing_it_should_not(string name, string request)
    {
        var response = await RawHttp.SendAsync(site.BaseAddress, Convert.FromBase64String(request));

        Assert.True(response is not null, $"{name}: no HTTP response at all");
        Assert.True(response.Status < 500 || ProtocolAnswers.GetValueOrDefault(name) == response.Status, $"{name}: {response.Status}");
        foreach (var marker in SecretMarkers)
        {
            Assert.DoesNotContain(marker, response.Body, StringComparison.Ordinal);
        }

        foreach (var marker in ReflectedMarkers)
        {
            Assert.DoesNotContain(marker, response.Body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(marker, response.Head, StringComparison.OrdinalIgnoreCase);
        }

        // A redirect stays on this site: a Location of "//host" or "/\host" would send the reader elsewhere.
        var location = System.Text.RegularExpressions.Regex.Match(response.Head, "(?im)^Location: *(?<to>.*)$");
        Assert.True(!location.Success || System.Text.RegularExpressions.Regex.IsMatch(location.Groups["to"].Value, "^/(?![/\\\\])"), $"{name}: redirects to {location.Groups["to"].Value}");
    }

    /// <summary>Beyond "no 5xx": what each request the issue found should get, over real HTTP.</summary>
    [Theory]
    [InlineData("GET", "/search?q=milk", "application/x-www-form-urlencoded;charset=utf-7", 200, null)]
    [InlineData("GET", "/articles/milk-storage?fresh=2", "application/x-www-form-urlencoded;charset=utf-7", 200, null)]
    [InlineData("GET", "/tools/milk-storage", "application/x-www-form-urlencoded;charset=utf-7", 200, null)]
    [InlineData("GET", "/no-such-page", "application/x-www-form-urlencoded;charset=utf-7", 404, null)]
    [InlineData("GET", "/error", null, 404, null)]
    [InlineData("POST", "/status/404", null, 405, null)]
    [InlineData("POST", "/faq", "application/x-www-form-urlencoded", 405, null)]
    [InlineData("HEAD", "/sitemap.xml", null, 200, null)]
    [InlineData("HEAD", "/robots.txt", null, 200, null)]
    [InlineData("GET", "/index", null, 301, "/")]
    [InlineData("GET", "/about/index", null, 301, "/about")]
    [InlineData("GET", "/articles/index", null, 301, "/articles")]
    [InlineData("GET", "/articles/First-Days", null, 301, "/articles/first-days")]
    public async Task The_requests_the_issue_found_get_their_right_answer(string method, string target, string? contentType, int status, string? location)
    {
        var request = contentType is null
            ? RawHttp.Request(method, target, "Content-Length: 0")
            : RawHttp.Request(method, target, ["Content-Type: " + contentType], body: "q=milk");

        var response = await RawHttp.SendAsync(site.BaseAddress, request);

        Assert.NotNull(response);
        Assert.Equal(status, response.Status);
        if (location is not null)
        {
            Assert.Matches($"(?im)^Location: {System.Text.RegularExpressions.Regex.Escape(location)}\r?$", response.Head);
        }
    }
}
