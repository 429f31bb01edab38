using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LactationGuide.Web.Tests;

/// <summary>The site as readers get it, over the repository's real content, on the tests' date (<see cref="TestClock"/>).</summary>
public class SiteFactory : WebApplicationFactory<Program>
{
    public const string PublicBaseUrl = "https://lactationguide.example/";

    public SiteFactory()
        : this(RepositoryPaths.Content)
    {
    }

    protected SiteFactory(string contentPath) => ContentPath = contentPath;

    public string ContentPath { get; }

    /// <summary>The site's clock: stopped at <see cref="TestClock.Now"/> until a test moves it.</summary>
    public FakeTimeProvider Clock { get; } = TestClock.New();

    protected virtual bool ReloadContentOnChange => false;

    /// <summary>
    /// Serves the site with Kestrel on a loopback port (0 for any free one); <c>ClientOptions.BaseAddress</c> is then
    /// its address. The endpoint goes to Kestrel's own options: <c>UseKestrel(port)</c> rewrites the server's address
    /// list after the app has been built, which races Kestrel's bind and now and then throws "Addresses cannot be
    /// modified after the server has started" (dotnet/aspnetcore#67714).
    /// </summary>
    protected void UseLoopbackPort(int port = 0) => UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));

    /// <summary>Starts the site on a free loopback port (see <see cref="UseLoopbackPort"/>).</summary>
    public void StartOnLoopback()
    {
        UseLoopbackPort();
        StartServer();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Site:ContentPath", ContentPath);
        builder.UseSetting("Site:PublicBaseUrl", PublicBaseUrl);
        builder.UseSetting("Site:ReloadContentOnChange", ReloadContentOnChange ? "true" : "false");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

/// <summary>One site for all the tests that only read it.</summary>
[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFactory>
{
    public const string Name = "Site";
}
