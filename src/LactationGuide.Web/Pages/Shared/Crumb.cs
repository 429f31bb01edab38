namespace LactationGuide.Web.Pages.Shared;

/// <summary>One step of the breadcrumb trail; the last step is the current page and has no link.</summary>
public sealed record Crumb(string Text, string? Url = null);
