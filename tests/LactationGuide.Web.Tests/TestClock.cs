using Microsoft.Extensions.Time.Testing;

namespace LactationGuide.Web.Tests;

/// <summary>
/// The date the tests run on, whatever the machine's calendar says: every site and loader in the tests gets a
/// <see cref="FakeTimeProvider"/> set to it, and the browser tests set the page's clock to it. The planner's times in
/// the tests (milk expressed at 01:00 on 22 November 2026) are then hours old, never "in the future" and never "more
/// than 2 years ago", in any year the suite is run.
/// </summary>
public static class TestClock
{
    /// <summary>Noon UTC on Sunday 22 November 2026.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    /// <summary>A clock of its own, stopped at <see cref="Now"/> until a test moves it.</summary>
    public static FakeTimeProvider New() => new(Now);
}
