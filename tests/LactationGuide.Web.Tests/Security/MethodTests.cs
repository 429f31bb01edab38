using System.Net;

namespace LactationGuide.Web.Tests.Security;

/// <summary>
/// HEAD wherever GET: a crawler, a link checker or a monitor asks with HEAD and must get what GET would say. Over real
/// HTTP, since it is the server that leaves a HEAD answer's body out.
/// </summary>
public sealed class MethodTests(KestrelSiteFactory site) : IClassFixture<KestrelSiteFactory>
{
    private readonly HttpClient _client = new() { BaseAddress = site.BaseAddress };

    public static TheoryData<string> Addresses() =>
    [
        .. SitePages.All,
        "/sitemap.xml", "/robots.txt", "/healthz", "/css/site.css", "/favicon.ico", "/site.webmanifest",
        "/search?q=milk", "/tools/milk-storage?expressed=banana&place=fridge", "/status/404",
    ];

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task Every_address_that_answers_GET_answers_HEAD_with_the_same_status_and_no_body(string url)
    {
        var get = await _client.GetAsync(url);
        var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.NotEqual(HttpStatusCode.MethodNotAllowed, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }
}
