using LactationGuide.Web.WarningSigns;

namespace LactationGuide.Web.Pages.Unwell;

/// <summary>One level's box on the "Is my baby unwell?" page: its signs for one audience, under a heading with <see cref="Id"/>.</summary>
public sealed record TriageLevel(WarningSignList List, LevelAdvice Advice, SignAudience Audience, IEnumerable<WarningSign> Signs, string Id, int HeadingLevel);
