namespace LactationGuide.Web.Pages.Shared;

/// <summary>
/// A heading that links to itself, in a row with room for its actions (copy or share a link: site.js fills
/// <c>.heading-actions</c>). The room is in the server's HTML, so nothing moves when the script runs. A heading
/// without <see cref="Fragment"/> is the page's title: its actions are for the whole page.
/// </summary>
public sealed record LinkedHeading(int Level, string Text, string? Id = null, string? Fragment = null);
