using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LactationGuide.Web.Tests;

/// <summary>The site as readers get it, over the repository's real content.</summary>
public class SiteFactory : WebApplicationFactory<Program>
{
    public const string PublicBaseUrl = "https://lactationguide.example/";

    public SiteFactory()
        : this(RepositoryPaths.Content)
    {
    }

    protected SiteFactory(string contentPath) => ContentPath = contentPath;

    public string ContentPath { get; }

    protected virtual bool ReloadContentOnChange => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Site:ContentPath", ContentPath);
        builder.UseSetting("Site:PublicBaseUrl", PublicBaseUrl);
        builder.UseSetting("Site:ReloadContentOnChange", ReloadContentOnChange ? "true" : "false");
    }
}

/// <summary>One site for all the tests that only read it.</summary>
[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFactory>
{
    public const string Name = "Site";
}
