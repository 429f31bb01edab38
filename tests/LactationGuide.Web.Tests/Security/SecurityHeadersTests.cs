using System.Net;
using LactationGuide.Web.Content;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LactationGuide.Web.Tests.Security;

[Collection(SiteCollection.Name)]
public sealed class SecurityHeadersTests(SiteFactory site)
{
    private readonly HttpClient _client = site.CreateClient();

    /// <summary>Every page, and everything else the site answers with: errors, files, health, search engines' files.</summary>
    public static TheoryData<string> Responses() =>
    [
        .. SitePages.All,
        "/status/400", "/css/site.css", "/favicon.svg", "/favicon.ico",
        "/images/og-image.png", "/site.webmanifest", "/diagrams/feeding-loop.svg", "/healthz", "/sitemap.xml", "/robots.txt",
    ];

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        var response = await _client.GetAsync(url);

        var csp = Header(response, "Content-Security-Policy");
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("base-uri 'none'", csp);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"));
        Assert.False(response.Headers.Contains("Set-Cookie"), $"{url} sets a cookie");
        Assert.False(response.Headers.Contains("Server"), $"{url} says which server it runs on");
    }

    [Fact]
    public async Task Pages_get_the_strict_content_security_policy()
    {
        var csp = Header(await _client.GetAsync("/articles/first-days"), "Content-Security-Policy");

        Assert.Equal(
            ["base-uri 'none'", "default-src 'self'", "form-action 'self'", "frame-ancestors 'none'", "object-src 'none'"],
            csp.Split(';', StringSplitOptions.TrimEntries).Order());
    }

    [Fact]
    public async Task Svg_diagrams_may_use_only_their_own_style_blocks_and_load_nothing()
    {
        var csp = Header(await _client.GetAsync("/diagrams/feeding-loop.svg"), "Content-Security-Policy");

        Assert.Contains("default-src 'none'", csp);
        Assert.Matches(@"style-src ('sha256-[A-Za-z0-9+/=]+' ?)+;", csp);
        Assert.DoesNotContain("script-src", csp);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("TRACE")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PROPFIND")]
    public async Task Methods_a_reading_site_does_not_use_get_405(string method)
    {
        var response = await _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/articles/first-days"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order());
    }

    [Fact]
    public async Task Production_over_https_sends_hsts_for_a_year()
    {
        using var production = site.WithWebHostBuilder(b => b.UseEnvironment("Production"));
        var client = production.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(SiteFactory.PublicBaseUrl) });

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("max-age=31536000", Header(response, "Strict-Transport-Security"));
    }

    [Fact]
    public async Task No_page_sets_a_cookie_or_loads_anything_from_another_site()
    {
        foreach (var url in SitePages.All)
        {
            var (response, page) = await HtmlPage.GetAsync(_client, url);

            Assert.False(response.Headers.Contains("Set-Cookie"), $"{url} sets a cookie");
            var loads = page.QuerySelectorAll("script[src], link[href]:not([rel=canonical]), img[src], iframe, source[src], video, audio, embed, object")
                .Select(e => e.GetAttribute("src") ?? e.GetAttribute("href") ?? e.LocalName);
            Assert.All(loads, href => Assert.True(href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal), $"{url} loads {href}"));

            // What the CSP would block (and so break in a browser): inline script, style elements and attributes.
            Assert.Empty(page.QuerySelectorAll("script:not([src]):not([type='application/ld+json']), style, [style]"));
            Assert.DoesNotContain(page.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        }
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{response.RequestMessage?.RequestUri} has no {name} header");
}
