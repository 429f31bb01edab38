namespace LactationGuide.Web.Site;

/// <summary>
/// Lets .NET's socket event threads finish each read and write themselves instead of handing every one to the thread
/// pool: a cached page costs about a tenth less processor time (docs/performance.md).
/// </summary>
/// <remarks>
/// .NET reads this switch once, from the environment, when the process creates its first socket, so it is set before
/// the host is built. Only the socket's own continuations run on the event threads. Kestrel still hands every request
/// to the thread pool (its <c>UnsafePreferInlineScheduling</c>, which would run pages and searches on the event threads
/// too, stays off), so a slow page never holds up another connection. The site opens no other sockets. An operator who
/// sets the variable, to <c>0</c> to turn it off, is left alone.
/// </remarks>
public static class SocketCompletions
{
    /// <summary>The environment variable .NET reads.</summary>
    public const string Variable = "DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS";

    /// <summary>Turns inline completions on unless the environment already says what it wants.</summary>
    public static void RunInlineUnlessConfigured()
    {
        if (Environment.GetEnvironmentVariable(Variable) is null)
        {
            Environment.SetEnvironmentVariable(Variable, "1");
        }
    }
}
