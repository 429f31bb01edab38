namespace LactationGuide.Web.Tests;

/// <summary>
/// The site on a real loopback port, for what needs real HTTP: raw malformed requests that HttpClient refuses to send.
/// (The browser tests have their own, in <see cref="Browser.BrowserSite"/>.)
/// </summary>
public sealed class KestrelSiteFactory : SiteFactory
{
    public KestrelSiteFactory()
    {
        StartOnLoopback();
    }

    public Uri BaseAddress => ClientOptions.BaseAddress;
}
