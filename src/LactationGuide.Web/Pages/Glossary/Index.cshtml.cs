using System.Collections.Immutable;
using LactationGuide.Web.Content;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LactationGuide.Web.Pages.Glossary;

public sealed class IndexModel(ContentLibraryProvider content) : PageModel
{
    public ImmutableArray<GlossaryTerm> Terms { get; private set; } = [];

    public void OnGet() => Terms = content.Current.Glossary;
}
