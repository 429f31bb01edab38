namespace LactationGuide.Web.Content;

/// <summary>One problem in a content file, reported as <c>file:line: reason</c> like a compiler.</summary>
/// <param name="FollowOn">
/// The problem is only that another file could not be read (a link to it, signs drawn from it): listed after the
/// problems that caused it, so that the real mistake comes first.
/// </param>
public sealed record ContentError(string File, int Line, string Reason, bool FollowOn = false)
{
    /// <summary>Why, on one line however the file's values were written (a quoted block of several lines, say).</summary>
    public string Reason { get; init; } = Reason.ReplaceLineEndings(" ");

    public override string ToString() => $"{File}:{Line}: {Reason}";
}

/// <summary>Thrown when the content cannot be published as it is; lists every problem found, not just the first.</summary>
public sealed class ContentValidationException(IReadOnlyList<ContentError> errors)
    : Exception(Describe(errors))
{
    /// <summary>Every problem, the ones that caused others first.</summary>
    public IReadOnlyList<ContentError> Errors { get; } = [.. errors.OrderBy(e => e.FollowOn)];

    private static string Describe(IReadOnlyList<ContentError> errors) =>
        $"The content has {errors.Count} error(s):{Environment.NewLine}{string.Join(Environment.NewLine, errors.OrderBy(e => e.FollowOn))}";
}
