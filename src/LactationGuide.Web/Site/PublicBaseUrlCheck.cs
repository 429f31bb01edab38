using Microsoft.Extensions.Options;

namespace LactationGuide.Web.Site;

/// <summary>
/// In Production, says at start-up when <c>Site:PublicBaseUrl</c> is still an example address: every copied link,
/// preview and printed QR code would send readers to a site that does not exist. A warning, not a stop, because the
/// site itself still works, and a stop would take it down for a wrong setting a reader may never meet.
/// </summary>
public sealed partial class PublicBaseUrlCheck(IOptions<SiteOptions> options, IHostEnvironment environment, ILogger<PublicBaseUrlCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (environment.IsProduction() && options.Value.PublicBaseUrl is { } address && IsExample(address))
        {
            ExampleAddress(logger, address);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Names reserved for examples (RFC 2606 and 6761): never a real site.</summary>
    public static bool IsExample(Uri address)
    {
        var host = address.IdnHost.TrimEnd('.');
        return host.EndsWith(".example", StringComparison.OrdinalIgnoreCase)
            || host.EndsWith(".invalid", StringComparison.OrdinalIgnoreCase)
            || host.EndsWith(".test", StringComparison.OrdinalIgnoreCase)
            || new[] { "example.com", "example.org", "example.net" }.Any(e =>
                host.Equals(e, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + e, StringComparison.OrdinalIgnoreCase));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Site:PublicBaseUrl is {PublicBaseUrl}, an example address: copied links, link previews and printed QR codes point there. Set Site__PublicBaseUrl to the address readers use.")]
    private static partial void ExampleAddress(ILogger logger, Uri publicBaseUrl);
}
