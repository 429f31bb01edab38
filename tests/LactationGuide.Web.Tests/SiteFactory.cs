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
