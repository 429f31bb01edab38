using LactationGuide.Web.Content;

namespace LactationGuide.Web.Tests.Content;

public sealed class GlossaryLinksTests : IDisposable
{
    private static readonly HashSet<string> SitePages = ["/", "/faq"];
    private readonly string _root = ContentFixture.CopyValid();

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Article_knows_the_glossary_terms_it_links_to()
    {
        var library = SiteContent.Loader(_root, _ => true, SitePages).Load();
        var alpha = library.FindArticle("alpha")!;

        Assert.Equal(["alveoli"], alpha.GlossaryLinks.ToArray());
        Assert.Equal(["Alveoli"], library.TermsIn(alpha).Select(t => t.Term));
    }
}
