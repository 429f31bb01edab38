using LactationGuide.Web.Content;
using LactationGuide.Web.ReadingLists;
using LactationGuide.Web.Tests.Content;

namespace LactationGuide.Web.Tests.ReadingLists;

/// <summary>
/// Links that never break: <c>published-ids.txt</c> keeps every address ever published, and a renamed section,
/// article, answer or sign keeps its old id as an alias, so that old links, QR codes and lists land on the new one.
/// </summary>
public sealed class PublishedIdsTests : IDisposable
{
    private readonly string _root = ContentFixture.CopyValid();

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Content_that_publishes_what_the_registry_lists_loads()
    {
        ListFixture.WriteRegistry(_root);

        var catalog = ListFixture.Load(_root).ReadingLists!;

        Assert.Equal(
            ["alpha.first-section", "beta.second-section", "faq.one", "unwell.hard-to-wake", "unwell.no-wet-nappy", "unwell.confused-parent", "unwell.feeds-hurt"],
            catalog.Items.Select(i => i.Key.ToString()));
    }

    [Fact]
    public void A_section_renamed_without_an_alias_fails_the_load_at_its_line_in_the_registry()
    {
        var registry = ListFixture.WriteRegistry(_root);
        ContentFixture.Edit(_root, "articles/alpha.md", "## First section", "## First section {#the-first-section}");
        ContentFixture.Edit(_root, "faq/one.md", "alpha.md#first-section", "alpha.md#the-first-section");
        // The new id is published too, so the only problem left is the dropped one.
        ListFixture.WriteRegistry(_root, ListFixture.Registry + "\n/articles/alpha#the-first-section");

        var errors = Errors();

        var error = Assert.Single(errors);
        Assert.Equal(registry, error.File);
        Assert.Equal(ListFixture.LineOf(registry, "/articles/alpha#first-section"), error.Line);
        Assert.Contains("'/articles/alpha#first-section' was published, and nothing answers it now", error.Reason);
        Assert.Contains("aliases=first-section", error.Reason);
    }

    [Fact]
    public void A_section_renamed_with_its_old_id_as_an_alias_loads_and_keeps_the_old_id_on_its_heading()
    {
        ListFixture.WriteRegistry(_root, ListFixture.Registry + "\n/articles/alpha#the-first-section");
        ContentFixture.Edit(_root, "articles/alpha.md", "## First section", "## First section {#the-first-section aliases=first-section}");
        ContentFixture.Edit(_root, "faq/one.md", "alpha.md#first-section", "alpha.md#the-first-section");

        var library = ListFixture.Load(_root);

        var page = HtmlPage.Parse(library.FindArticle("alpha")!.BodyHtml);
        var heading = page.QuerySelector("h2#the-first-section");
        Assert.NotNull(heading);
        Assert.Null(heading.GetAttribute("aliases"));
        Assert.Equal(heading, page.GetElementById("first-section")?.Closest("h2"));
        Assert.Equal("First section", heading.TextContent.Trim());
        Assert.Equal("alpha.the-first-section", library.ReadingLists!.Find(ListItemKey.Section("alpha", "first-section"))?.Key.ToString());
    }

    [Fact]
    public void An_article_renamed_keeps_its_old_slug_in_its_front_matter_and_old_lists_still_find_its_sections()
    {
        ListFixture.WriteRegistry(_root, ListFixture.Registry.Replace("/articles/beta\n", "/articles/beta\n/articles/gamma\n/articles/gamma#second-section\n"));
        File.Move(Path.Combine(_root, "articles/beta.md"), Path.Combine(_root, "articles/gamma.md"));
        ContentFixture.Edit(_root, "articles/gamma.md", "order: 2", "order: 2\naliases: [beta]");
        ContentFixture.Edit(_root, "articles/alpha.md", "(beta.md#", "(gamma.md#");
        ContentFixture.Edit(_root, "articles/gamma.md", "Back to [alpha](alpha.md).", "Back to [alpha](alpha.md).");

        var library = ListFixture.Load(_root);

        Assert.Equal("gamma", library.ReadingLists!.Aliases.Article("beta"));
        Assert.Equal("gamma.second-section", library.ReadingLists!.Find(ListItemKey.Section("beta", "second-section"))?.Key.ToString());
    }

    [Fact]
    public void An_answer_or_a_sign_dropped_without_an_alias_fails_and_with_one_loads()
    {
        var registry = ListFixture.WriteRegistry(_root, ListFixture.Registry + "\n/faq/two\n/unwell#very-sleepy");

        var errors = Errors();
        Assert.Equal(
            [
                $"{registry}:{ListFixture.LineOf(registry, "/faq/two")}",
                $"{registry}:{ListFixture.LineOf(registry, "/unwell#very-sleepy")}",
            ],
            errors.Select(e => $"{e.File}:{e.Line}"));
        Assert.Contains("aliases: [two]", errors[0].Reason);
        Assert.Contains("aliases: [very-sleepy]", errors[1].Reason);

        ContentFixture.Edit(_root, "faq/one.md", "order: 1", "order: 1\naliases: [two]");
        ContentFixture.Edit(_root, "warning-signs.yaml", "  - id: hard-to-wake\n", "  - id: hard-to-wake\n    aliases: [very-sleepy]\n");
        var catalog = ListFixture.Load(_root).ReadingLists!;

        Assert.Equal("faq.one", catalog.Find(ListItemKey.Answer("two"))?.Key.ToString());
        Assert.Equal("unwell.hard-to-wake", catalog.Find(ListItemKey.Sign("very-sleepy"))?.Key.ToString());
    }

    [Fact]
    public void An_alias_not_written_like_a_slug_is_reported_on_its_front_matter_line()
    {
        ListFixture.WriteRegistry(_root);
        ContentFixture.Edit(_root, "articles/beta.md", "order: 2", "order: 2\naliases: [Old_Beta]");
        var beta = Path.Combine(_root, "articles", "beta.md");

        var error = Assert.Single(Errors());

        Assert.Equal($"{beta}:{Array.IndexOf(File.ReadAllLines(beta), "aliases: [Old_Beta]") + 1}", $"{error.File}:{error.Line}");
        Assert.StartsWith("the alias 'Old_Beta' must be written like a slug", error.Reason);
    }

    [Fact]
    public void An_answers_alias_not_written_like_a_slug_is_reported_on_its_front_matter_line()
    {
        ListFixture.WriteRegistry(_root);
        ContentFixture.Edit(_root, "faq/one.md", "order: 1", "order: 1\naliases: [Old_One]");
        var one = Path.Combine(_root, "faq", "one.md");

        var error = Assert.Single(Errors());

        Assert.Equal($"{one}:{Array.IndexOf(File.ReadAllLines(one), "aliases: [Old_One]") + 1}", $"{error.File}:{error.Line}");
        Assert.StartsWith("the alias 'Old_One' must be written like a slug", error.Reason);
    }

    [Fact]
    public void A_new_section_not_in_the_registry_fails_at_its_heading()
    {
        ListFixture.WriteRegistry(_root);
        ContentFixture.Edit(_root, "articles/beta.md", "Text.", "Text.\n\n## Third section {#third}\n\nMore.");
        var beta = Path.Combine(_root, "articles", "beta.md");

        var error = Assert.Single(Errors());

        Assert.Equal($"{beta}:{Array.IndexOf(File.ReadAllLines(beta), "## Third section {#third}") + 1}", $"{error.File}:{error.Line}");
        Assert.Contains($"'/articles/beta#third' is not in {PublishedIds.FileName}", error.Reason);
    }

    [Theory]
    [InlineData("## First section {#first-section aliases=a-sub-section}", "is the id of a section of this article")]
    [InlineData("## First section {#first-section aliases=Old_Id}", "must be written like a section id")]
    public void An_alias_that_could_mislead_is_refused_at_its_heading(string heading, string reason)
    {
        ListFixture.WriteRegistry(_root);
        ContentFixture.Edit(_root, "articles/alpha.md", "## First section", heading);

        var error = Assert.Single(Errors());

        Assert.EndsWith(Path.Combine("articles", "alpha.md"), error.File);
        Assert.Contains(reason, error.Reason);
    }

    [Theory]
    [InlineData("/faq/one", "is listed twice")]
    [InlineData("https://lactationguide.example/faq/one", "is not an address this file holds")]
    public void A_mistake_in_the_registry_is_reported_on_its_line(string lines, string reason)
    {
        var registry = ListFixture.WriteRegistry(_root, ListFixture.Registry + "\n" + lines);

        var error = Assert.Single(Errors());

        Assert.Equal(registry, error.File);
        Assert.Equal(File.ReadAllLines(registry).Length, error.Line);
        Assert.Contains(reason, error.Reason);
    }

    [Fact]
    public void The_repository_keeps_a_registry_that_lists_every_address_the_site_publishes()
    {
        var registry = File.ReadAllLines(Path.Combine(RepositoryPaths.Content, PublishedIds.FileName)).Where(l => l.StartsWith('/')).ToHashSet();
        using var factory = new SiteFactory();
        var library = factory.Services.GetService(typeof(ContentLibraryProvider)) is ContentLibraryProvider p ? p.Current : null;

        Assert.NotNull(library);
        foreach (var article in library.Articles)
        {
            Assert.Contains(article.Url, registry);
            Assert.All(article.Headings, h => Assert.Contains($"{article.Url}#{h.Id}", registry));
        }

        Assert.All(library.Faq, f => Assert.Contains(f.Url, registry));
        Assert.All(library.ReadingLists!.Items, i => Assert.Contains(i.Key.Address, registry));
    }

    private List<ContentError> Errors() => [.. Assert.Throws<ContentValidationException>(() => ListFixture.Load(_root)).Errors];
}
