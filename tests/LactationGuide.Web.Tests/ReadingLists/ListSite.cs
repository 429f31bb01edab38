using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace LactationGuide.Web.Tests.ReadingLists;

/// <summary>A clock the test sets: a list prints its date, and no test reads the real one.</summary>
public sealed class SetClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>The site over the real content, on a clock the tests set.</summary>
public sealed class ListSite : SiteFactory
{
    public SetClock Clock { get; } = new(new DateTimeOffset(2031, 3, 7, 10, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
