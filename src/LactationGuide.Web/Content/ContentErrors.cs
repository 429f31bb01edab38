namespace LactationGuide.Web.Content;

/// <summary>One problem in a content file, reported as <c>file:line: reason</c> like a compiler.</summary>
public sealed record ContentError(string File, int Line, string Reason)
{
    public override string ToString() => $"{File}:{Line}: {Reason}";
}

/// <summary>Thrown when the content cannot be published as it is; lists every problem found, not just the first.</summary>
public sealed class ContentValidationException(IReadOnlyList<ContentError> errors)
    : Exception($"The content has {errors.Count} error(s):{Environment.NewLine}{string.Join(Environment.NewLine, errors)}")
{
    public IReadOnlyList<ContentError> Errors { get; } = errors;
}
