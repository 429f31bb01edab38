using System.Net;
using System.Net.Http.Headers;
using LactationGuide.Web.Content;
using Microsoft.Extensions.DependencyInjection;

namespace LactationGuide.Web.Tests.Caching;

[Collection(SiteCollection.Name)]
public sealed class PageCachingTests(SiteFactory site)
{
    private readonly HttpClient _client = site.CreateClient();

    private string ArticleUrl => site.Services.GetRequiredService<ContentLibraryProvider>().Current.Articles[0].Url;

    [Fact]
    public async Task Article_page_has_etag_last_modified_and_a_short_shared_cache_lifetime()
    {
        var response = await _client.GetAsync(ArticleUrl);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        Assert.True(response.Headers.ETag!.IsWeak, "the same page is sent in several encodings, so its ETag is weak");
        Assert.NotNull(response.Content.Headers.LastModified);
        var cacheControl = response.Headers.CacheControl!;
        Assert.True(cacheControl.Public);
        Assert.Equal(TimeSpan.FromSeconds(300), cacheControl.SharedMaxAge);
        Assert.Equal(TimeSpan.FromSeconds(60), cacheControl.MaxAge);
    }

    [Fact]
    public async Task Etag_is_the_same_for_every_request_and_every_encoding_of_a_page()
    {
        var plain = await _client.GetAsync(ArticleUrl);
        var brotli = await Send(ArticleUrl, r => r.Headers.AcceptEncoding.ParseAdd("br"));
        var gzip = await Send(ArticleUrl, r => r.Headers.AcceptEncoding.ParseAdd("gzip"));

        Assert.Equal(plain.Headers.ETag, brotli.Headers.ETag);
        Assert.Equal(plain.Headers.ETag, gzip.Headers.ETag);
    }

    [Fact]
    public async Task Request_with_the_pages_etag_gets_304_without_a_body()
    {
        var first = await _client.GetAsync(ArticleUrl);

        foreach (var attempt in new[] { "first revalidation", "second revalidation (from the output cache)" })
        {
            var again = await Send(ArticleUrl, r => r.Headers.IfNoneMatch.Add(first.Headers.ETag!));

            Assert.True(HttpStatusCode.NotModified == again.StatusCode, attempt);
            Assert.Empty(await again.Content.ReadAsByteArrayAsync());
            Assert.Equal(first.Headers.ETag, again.Headers.ETag);
        }
    }

    [Fact]
    public async Task Request_with_another_etag_gets_the_page()
    {
        var response = await Send(ArticleUrl, r => r.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"not-this-page\"", isWeak: true)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Request_modified_since_the_last_modified_date_gets_304_and_an_older_date_gets_the_page()
    {
        var first = await _client.GetAsync(ArticleUrl);
        var lastModified = first.Content.Headers.LastModified!.Value;

        var same = await Send(ArticleUrl, r => r.Headers.IfModifiedSince = lastModified);
        var older = await Send(ArticleUrl, r => r.Headers.IfModifiedSince = lastModified.AddDays(-1));

        Assert.Equal(HttpStatusCode.NotModified, same.StatusCode);
        Assert.Equal(HttpStatusCode.OK, older.StatusCode);
    }

    [Fact]
    public async Task Second_request_for_a_page_is_served_from_the_output_cache()
    {
        await _client.GetAsync("/about");
        var second = await _client.GetAsync("/about");

        // The output cache marks what it serves with an Age header; a freshly rendered page has none.
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    [Fact]
    public async Task Request_with_a_query_string_is_rendered_fresh_not_taken_from_the_cache()
    {
        await _client.GetAsync("/glossary");
        await _client.GetAsync("/glossary?utm_source=message");
        var withQuery = await _client.GetAsync("/glossary?utm_source=message");

        Assert.Equal(HttpStatusCode.OK, withQuery.StatusCode);
        Assert.Null(withQuery.Headers.Age);
    }

    [Fact]
    public async Task Head_request_gets_the_pages_validators_and_no_body()
    {
        var get = await _client.GetAsync(ArticleUrl);
        var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, ArticleUrl));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Missing_page_is_never_cached()
    {
        foreach (var _ in Enumerable.Range(0, 2))
        {
            var response = await _client.GetAsync("/articles/no-such-article");

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.True(response.Headers.CacheControl?.NoStore, "a CDN must not keep a 404");
            Assert.Null(response.Headers.Age);
            Assert.Null(response.Headers.ETag);
        }
    }

    [Fact]
    public async Task Health_check_is_never_cached()
    {
        await _client.GetAsync("/healthz");
        var second = await _client.GetAsync("/healthz");

        Assert.Null(second.Headers.Age);
        Assert.True(second.Headers.CacheControl?.NoStore);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Html_is_compressed_for_readers_who_accept_it(string encoding)
    {
        var response = await Send(ArticleUrl, r => r.Headers.AcceptEncoding.ParseAdd(encoding));

        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
    }

    /// <summary>
    /// A shared cache keeps one copy per Vary: without it on the uncompressed answer, nginx or a CDN could give that
    /// copy to everyone, or a Brotli copy to a client that cannot read it.
    /// </summary>
    [Theory]
    [InlineData("/about")]
    [InlineData("/articles/first-days")]
    [InlineData("/search?q=milk")]
    [InlineData("/tools/milk-storage?expressed=2026-11-22T01:00&been=fridge+2026-11-22T01:00&to=still&guideline=cdc")]
    [InlineData("/no-such-page")]
    [InlineData("/sitemap.xml")]
    [InlineData("/robots.txt")]
    [InlineData("/healthz")]
    [InlineData("/site.webmanifest")]
    [InlineData("/css/site.css")]
    public async Task Every_response_that_could_be_compressed_varies_by_encoding_compressed_or_not(string url)
    {
        foreach (var attempt in new[] { "rendered", "again (from the output cache, where it is kept)" })
        {
            var plain = await _client.GetAsync(url);
            var brotli = await Send(url, r => r.Headers.AcceptEncoding.ParseAdd("br"));

            Assert.True(plain.Headers.Vary.Contains("Accept-Encoding"), $"{url} uncompressed, {attempt}: Vary is '{plain.Headers.Vary}'");
            Assert.True(brotli.Headers.Vary.Contains("Accept-Encoding"), $"{url} in Brotli, {attempt}: Vary is '{brotli.Headers.Vary}'");
            Assert.Single(plain.Headers.Vary, v => v == "Accept-Encoding");
        }
    }

    [Fact]
    public async Task Html_is_sent_uncompressed_to_readers_who_do_not_accept_compression()
    {
        var plain = await _client.GetAsync(ArticleUrl);
        await Send(ArticleUrl, r => r.Headers.AcceptEncoding.ParseAdd("br"));
        var plainAgain = await _client.GetAsync(ArticleUrl);

        Assert.Empty(plainAgain.Content.Headers.ContentEncoding);
        Assert.Equal(await plain.Content.ReadAsStringAsync(), await plainAgain.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/css/site.css", "text/css")]
    [InlineData("/favicon.svg", "image/svg+xml")]
    public async Task Static_text_assets_are_compressed(string url, string mediaType)
    {
        var response = await Send(url, r => r.Headers.AcceptEncoding.ParseAdd("br"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["br"], response.Content.Headers.ContentEncoding);
    }

    /// <summary>
    /// A fingerprinted address changes with the file, so the published site can let browsers keep it for a year
    /// (<c>immutable</c>; benchmarks/cache-check shows that header on the published site, since the build-time
    /// manifest the tests run from serves files uncached).
    /// </summary>
    [Fact]
    public async Task Stylesheet_icons_and_manifest_are_linked_by_fingerprinted_address()
    {
        var (_, page) = await HtmlPage.GetAsync(_client, ArticleUrl);
        var assets = page.QuerySelectorAll("link[rel=stylesheet], link[rel~=icon], link[rel=manifest]").Select(l => l.GetAttribute("href")!).ToList();

        Assert.Equal(4, assets.Count);
        foreach (var asset in assets)
        {
            Assert.Matches(@"\.[a-z0-9]{10}\.[a-z]+$", asset);
            Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(asset)).StatusCode);
        }
    }

    private Task<HttpResponseMessage> Send(string url, Action<HttpRequestMessage> configure)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        configure(request);
        return _client.SendAsync(request);
    }
}
