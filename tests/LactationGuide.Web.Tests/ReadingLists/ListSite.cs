namespace LactationGuide.Web.Tests.ReadingLists;

/// <summary>The site over the real content, its clock on a day of its own (a list prints its date): 7 March 2031.</summary>
public sealed class ListSite : SiteFactory
{
    public static readonly DateTimeOffset Today = new(2031, 3, 7, 10, 0, 0, TimeSpan.Zero);

    public ListSite() => Clock.SetUtcNow(Today);
}
