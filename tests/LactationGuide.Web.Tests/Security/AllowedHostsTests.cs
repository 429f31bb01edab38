using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace LactationGuide.Web.Tests.Security;

/// <summary>
/// In Production the site answers only the host of Site:PublicBaseUrl (and loopback, for a health check or a proxy on
/// the same machine): a request naming any other gets 400 before it reaches a page or the cache.
/// </summary>
public sealed class AllowedHostsTests : IDisposable
{
    private readonly ProductionSite _site = new();

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("lactationguide.example", HttpStatusCode.OK)]
    [InlineData("LactationGuide.Example", HttpStatusCode.OK)]
    [InlineData("localhost", HttpStatusCode.OK)]
    [InlineData("127.0.0.1:8080", HttpStatusCode.OK)]
    [InlineData("attacker.example", HttpStatusCode.BadRequest)]
    [InlineData("lactationguide.example.attacker.example", HttpStatusCode.BadRequest)]
    [InlineData("3f2a9c.example", HttpStatusCode.BadRequest)]
    public async Task Production_answers_only_the_public_host_and_loopback(string host, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/faq");
        request.Headers.Host = host;

        var response = await _site.CreateClient().SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    private sealed class ProductionSite : SiteFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
        }
    }
}
