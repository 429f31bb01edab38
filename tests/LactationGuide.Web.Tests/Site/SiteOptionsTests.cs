using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;

namespace LactationGuide.Web.Tests.Site;

/// <summary>
/// These start sites that fail on purpose. Under a full parallel run one failed start was once reported as an
/// ObjectDisposedException instead of its cause, so they run on their own, after the parallel tests.
/// </summary>
[Collection(StartupFailureCollection.Name)]
public sealed class SiteOptionsTests
{
    [Theory]
    [InlineData("Site:PublicBaseUrl", "not a url")]
    [InlineData("Site:PublicBaseUrl", "ftp://lactationguide.example/")]
    [InlineData("Site:PublicBaseUrl", "https://lactationguide.example/guide/")]
    [InlineData("Site:SiteName", "")]
    public void Invalid_settings_stop_the_site_at_startup(string key, string value)
    {
        using var factory = new SiteFactory().WithWebHostBuilder(b => b.UseSetting(key, value));

        var error = Record.Exception(() => factory.CreateClient());

        var validation = Causes(error).OfType<OptionsValidationException>().FirstOrDefault();
        Assert.True(validation is not null, error?.ToString() ?? "the site started");
        Assert.Equal(typeof(LactationGuide.Web.Site.SiteOptions), validation!.OptionsType);
        Assert.Contains(key.Split(':')[1], validation.Message);
    }

    private static IEnumerable<Exception> Causes(Exception? error)
    {
        for (; error is not null; error = error.InnerException)
        {
            yield return error;
            if (error is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Causes))
                {
                    yield return inner;
                }
            }
        }
    }

    [Fact]
    public void A_missing_content_folder_stops_the_site_with_its_path()
    {
        using var factory = new SiteFactory().WithWebHostBuilder(b => b.UseSetting("Site:ContentPath", "/no/such/content"));

        var error = Record.Exception(() => factory.CreateClient());

        Assert.NotNull(error);
        Assert.True(error.ToString().Contains("/no/such/content", StringComparison.Ordinal), error.ToString());
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class StartupFailureCollection
{
    public const string Name = "Startup failures";
}
