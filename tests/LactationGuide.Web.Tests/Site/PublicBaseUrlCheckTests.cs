using LactationGuide.Web.Site;
using LactationGuide.Web.Tests.Logging;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace LactationGuide.Web.Tests.Site;

/// <summary>
/// A deployment that forgets Site:PublicBaseUrl would print QR codes to the example address without a word: in
/// Production the site says so when it starts. The tests keep the example address, and say nothing.
/// </summary>
public sealed class PublicBaseUrlCheckTests
{
    [Theory]
    [InlineData("Production", "https://lactationguide.example/", true)]
    [InlineData("Production", "https://www.example.org/", true)]
    [InlineData("Production", "https://lactationguide.org/", false)]
    [InlineData("Development", "https://lactationguide.example/", false)]
    public void In_production_an_example_public_address_is_a_warning_that_names_the_setting(string environment, string address, bool warned)
    {
        var id = Guid.NewGuid().ToString("N");
        using var factory = new SiteFactory().WithWebHostBuilder(b =>
        {
            b.UseEnvironment(environment);
            b.UseSetting("Site:PublicBaseUrl", address);
            b.ConfigureServices(services => services.AddSingleton<ILogEventSink>(CaptureSink.For(id)));
        });

        factory.CreateClient();

        var warnings = CaptureSink.For(id).Events
            .Where(e => e.Level == LogEventLevel.Warning && e.RenderMessage().Contains("Site:PublicBaseUrl", StringComparison.Ordinal))
            .ToList();
        if (warned)
        {
            var warning = Assert.Single(warnings);
            Assert.Contains(address, warning.RenderMessage());
            Assert.Contains("Site__PublicBaseUrl", warning.RenderMessage());
        }
        else
        {
            Assert.Empty(warnings);
        }
    }

    [Theory]
    [InlineData("https://lactationguide.example/", true)]
    [InlineData("https://example.com/", true)]
    [InlineData("https://guide.test/", true)]
    [InlineData("https://lactationguide.org/", false)]
    [InlineData("https://notexample.com/", false)]
    public void Example_addresses_are_the_names_reserved_for_examples(string address, bool example)
    {
        Assert.Equal(example, PublicBaseUrlCheck.IsExample(new Uri(address)));
    }
}
