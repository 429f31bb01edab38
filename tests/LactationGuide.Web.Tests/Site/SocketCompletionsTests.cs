using LactationGuide.Web.Site;

namespace LactationGuide.Web.Tests.Site;

/// <summary>
/// The site turns on .NET's inline socket completions for itself, but an operator who has said otherwise in the
/// environment (to measure without them, or because a future runtime makes them a bad idea) is obeyed.
/// </summary>
public sealed class SocketCompletionsTests
{
    [Theory]
    [InlineData(null, "1")]
    [InlineData("0", "0")]
    [InlineData("1", "1")]
    public void The_site_turns_inline_completions_on_only_when_the_environment_says_nothing(string? operatorSetting, string expected)
    {
        var before = Environment.GetEnvironmentVariable(SocketCompletions.Variable);
        try
        {
            Environment.SetEnvironmentVariable(SocketCompletions.Variable, operatorSetting);

            SocketCompletions.RunInlineUnlessConfigured();

            Assert.Equal(expected, Environment.GetEnvironmentVariable(SocketCompletions.Variable));
        }
        finally
        {
            Environment.SetEnvironmentVariable(SocketCompletions.Variable, before);
        }
    }
}
