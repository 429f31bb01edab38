using LactationGuide.Web.Content;

namespace LactationGuide.Web.Tests.Content;

public sealed class PrintAddressTests : IDisposable
{
    private static readonly HashSet<string> SitePages = ["/", "/faq"];
    private readonly string _root = ContentFixture.CopyValid();

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Links_to_site_pages_carry_their_full_public_address_for_printing()
    {
        var library = SiteContent.Loader(_root, _ => true, SitePages, new Uri("https://guide.example/")).Load();

        var html = HtmlPage.Parse(library.FindArticle("alpha")!.BodyHtml);

        var printed = html.QuerySelectorAll("a[data-print-url]").Select(a => (a.GetAttribute("href"), a.GetAttribute("data-print-url")));
        Assert.Equal(
            [("/glossary#alveoli", "https://guide.example/glossary#alveoli"), ("/articles/beta#second-section", "https://guide.example/articles/beta#second-section")],
            printed);
        Assert.False(html.QuerySelector("a[href='#a-sub-section']")!.HasAttribute("data-print-url"));
    }

    [Fact]
    public void Without_a_public_address_links_carry_no_print_address()
    {
        var library = SiteContent.Loader(_root, _ => true, SitePages).Load();

        Assert.Empty(HtmlPage.Parse(library.FindArticle("alpha")!.BodyHtml).QuerySelectorAll("[data-print-url]"));
    }

    [Fact]
    public void Article_knows_the_glossary_terms_it_links_to()
    {
        var library = SiteContent.Loader(_root, _ => true, SitePages).Load();
        var alpha = library.FindArticle("alpha")!;

        Assert.Equal(["alveoli"], alpha.GlossaryLinks.ToArray());
        Assert.Equal(["Alveoli"], library.TermsIn(alpha).Select(t => t.Term));
    }
}
