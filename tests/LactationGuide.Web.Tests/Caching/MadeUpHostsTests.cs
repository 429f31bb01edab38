using System.Collections.Concurrent;
using System.Net;
using LactationGuide.Web.Caching;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace LactationGuide.Web.Tests.Caching;

/// <summary>
/// 6,000 requests with made-up Host headers once pushed every real page out of the output cache and took the process
/// from about 200 to 400 MB. The host is not part of a page, so it is not part of the cache key: what the cache holds
/// stays one copy per page and encoding, within its limit, and the real pages stay in it.
/// </summary>
public sealed class MadeUpHostsTests(ITestOutputHelper output) : IDisposable
{
    private const int MadeUpHosts = 6_000;

    private readonly MeasuredSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Six_thousand_made_up_hosts_add_nothing_to_the_cache_and_push_no_page_out()
    {
        // Development answers any host (Production turns them away: AllowedHostsTests), so here the key alone must hold.
        var client = _site.CreateClient();
        // Every page, and a search (cached by a policy of its own).
        string[] pages = [.. SitePages.All.Where(p => p != SitePages.NotFound), "/search?q=milk"];
        foreach (var page in pages)
        {
            await Get(client, page, "lactationguide.example");
        }

        var before = (_site.Store.Entries, _site.Store.Bytes);

        for (var i = 0; i < MadeUpHosts; i++)
        {
            var answer = await Get(client, pages[i % pages.Length], $"{Guid.NewGuid():N}.example");
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        }

        output.WriteLine($"{pages.Length} pages: {before.Entries} entries, {before.Bytes:N0} bytes before; {_site.Store.Entries} entries, {_site.Store.Bytes:N0} bytes after {MadeUpHosts:N0} made-up hosts (limit {CachingExtensions.SizeLimit:N0})");
        Assert.Equal(before, (_site.Store.Entries, _site.Store.Bytes));
        Assert.InRange(_site.Store.Bytes, 1, CachingExtensions.SizeLimit);
        foreach (var page in pages)
        {
            Assert.True((await Get(client, page, "lactationguide.example")).Headers.Age is not null, $"{page} was pushed out of the cache");
        }
    }

    private static Task<HttpResponseMessage> Get(HttpClient client, string url, string host)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Host = host;
        request.Headers.AcceptEncoding.ParseAdd("br");
        return client.SendAsync(request);
    }

    /// <summary>The site with its output cache store measured: what each key holds, as the cache stores it.</summary>
    private sealed class MeasuredSite : SiteFactory
    {
        public MeasuringStore Store { get; private set; } = null!;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                var original = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
                services.Remove(original);
                services.AddSingleton<IOutputCacheStore>(sp =>
                    Store = new MeasuringStore((IOutputCacheStore)(original.ImplementationInstance ?? original.ImplementationFactory!(sp))));
            });
        }
    }

    private sealed class MeasuringStore(IOutputCacheStore inner) : IOutputCacheStore
    {
        private readonly ConcurrentDictionary<string, long> _sizes = new(StringComparer.Ordinal);

        public int Entries => _sizes.Count;

        public long Bytes => _sizes.Values.Sum();

        public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
        {
            _sizes.Clear();
            return inner.EvictByTagAsync(tag, cancellationToken);
        }

        public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => inner.GetAsync(key, cancellationToken);

        public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
        {
            _sizes[key] = value.Length;
            return inner.SetAsync(key, value, tags, validFor, cancellationToken);
        }
    }
}
