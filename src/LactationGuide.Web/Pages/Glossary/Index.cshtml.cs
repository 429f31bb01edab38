using System.Collections.Immutable;
using LactationGuide.Web.Content;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LactationGuide.Web.Pages.Glossary;

public sealed class IndexModel(ContentLibraryProvider content) : PageModel
{
    /// <summary>The terms by first letter, A to Z, each letter's terms in the glossary's order.</summary>
    public ImmutableArray<IGrouping<char, GlossaryTerm>> Letters { get; private set; } = [];

    public void OnGet() =>
        Letters = [.. content.Current.Glossary.GroupBy(t => char.ToUpperInvariant(t.Term[0])).OrderBy(g => g.Key)];
}
