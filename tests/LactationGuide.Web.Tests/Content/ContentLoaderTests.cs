using LactationGuide.Web.Content;

namespace LactationGuide.Web.Tests.Content;

public sealed class ContentLoaderTests : IDisposable
{
    private static readonly HashSet<string> SitePages = ["/", "/faq", "/tools/milk-storage", "/unwell"];
    private readonly string _root = ContentFixture.CopyValid();

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Valid_content_loads_with_links_rewritten_to_site_urls()
    {
        var library = Load();

        var alpha = library.FindArticle("alpha")!;
        var html = HtmlPage.Parse(alpha.BodyHtml);
        var hrefs = html.QuerySelectorAll("a:not(.citation):not(.self-link)").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/glossary#alveoli", "/articles/beta#second-section", "#a-sub-section", "/unwell"], hrefs);
        Assert.Equal("your baby has not had a wet nappy for 8 hours. Count the nappies since the last wet one.",
            html.QuerySelector(".callout-urgent li[data-sign='no-wet-nappy']")?.TextContent);
        Assert.Equal(["first-section", "a-sub-section"], alpha.Headings.Select(h => h.Id));
        Assert.Equal("#source-ramsay-2005", html.QuerySelector("a.citation")?.GetAttribute("href"));
        Assert.Equal(2, HtmlPage.Parse(alpha.SourcesHtml).QuerySelectorAll("li[id^=source-]").Length);
        Assert.Contains("Urgent advice:", html.QuerySelector(".callout-urgent .visually-hidden").Text());
        Assert.NotNull(html.QuerySelector("table"));

        var faq = library.FindFaq("one")!;
        Assert.Equal([new ArticleLink("alpha", "first-section")], faq.ArticleLinks.ToArray());
        Assert.Equal([faq], library.QuestionsAbout(alpha).ToArray());
        Assert.Equal("beta", library.Next(alpha)?.Slug);
    }

    [Fact]
    public void Raw_html_in_content_is_shown_as_text_never_as_markup()
    {
        Edit("articles/beta.md", "Text.", "<script>alert(1)</script> <img src=x onerror=alert(1)>");

        var beta = Load().FindArticle("beta")!;

        Assert.DoesNotContain("<script", beta.BodyHtml);
        Assert.DoesNotContain("<img", beta.BodyHtml);
        Assert.Contains("&lt;script&gt;", beta.BodyHtml);
    }

    [Theory]
    [InlineData("articles/alpha.md", "order: 1", "order: 1\ncolour: blue", 5, "colour")]
    [InlineData("articles/alpha.md", "title: Alpha article\n", "", 2, "missing the required key 'title'")]
    [InlineData("articles/alpha.md", "lastReviewed: 2026-11-22", "lastReviewed: 22/11/2026", 5, "YYYY-MM-DD")]
    [InlineData("articles/alpha.md", "nextReview: 2029-11-22", "nextReview: 2030-11-22", 6, "at most 3 years")]
    [InlineData("articles/alpha.md", "reviewStatus: source-checked", "reviewStatus: reviewed", 7, "reviewStatus")]
    [InlineData("articles/alpha.md", "reviewStatus: source-checked", "reviewStatus: clinician-reviewed", 7, "reviewedBy")]
    [InlineData("articles/alpha.md", "order: 1", "order: first", 4, "front matter")]
    [InlineData("articles/alpha.md", "---\ntitle", "title", 1, "YAML front matter")]
    [InlineData("articles/alpha.md", "(beta.md#second-section)", "(gamma.md)", 25, "article that does not exist")]
    [InlineData("articles/alpha.md", "(beta.md#second-section)", "(beta.md#third-section)", 25, "'#third-section' that does not exist")]
    [InlineData("articles/alpha.md", "[below](#a-sub-section)", "[below](#nowhere)", 25, "no section '#nowhere'")]
    [InlineData("articles/alpha.md", "(../glossary/alveoli.md)", "(../glossary/lobes.md)", 21, "glossary term that does not exist")]
    [InlineData("articles/alpha.md", "(../glossary/alveoli.md)", "(../../secrets.md)", 21, "not a content page")]
    [InlineData("articles/alpha.md", "(../glossary/alveoli.md)", "(http://example.com)", 21, "https")]
    [InlineData("articles/alpha.md", "(../glossary/alveoli.md)", "(/admin)", 21, "not a page of the site")]
    [InlineData("articles/alpha.md", "[^ramsay-2005]", "[^ramsay-2006]", 14, "never cited")]
    [InlineData("articles/alpha.md", "cold.[^cdc-storage]", "cold.[^cdc]", 25, "[^cdc] names no source")]
    [InlineData("articles/alpha.md", "cold.[^cdc-storage]", "cold.[^cdc-storage][^ramsay-2005]", 25, "put a space between citations")]
    [InlineData("articles/alpha.md", "> [!URGENT]", "> [!PANIC]", 33, "unknown callout")]
    [InlineData("articles/alpha.md", "## First section", "# First section", 23, "only h1")]
    [InlineData("articles/alpha.md", "    year: 2005\n", "    year: 205\n", 14, "impossible year")]
    [InlineData("articles/beta.md", "Text.", "![](/diagrams/nothing.svg)", 20, "text alternative")]
    [InlineData("faq/one.md", "Read [the first section](../articles/alpha.md#first-section).", "Read the first section.", 1, "must link to the article section")]
    [InlineData("faq/one.md", "(../articles/alpha.md#first-section)", "(../articles/alpha.md#fourth)", 6, "'#fourth' that does not exist")]
    [InlineData("glossary/alveoli.md", "term: Alveoli", "name: Alveoli", 2, "name")]
    public void Broken_content_is_reported_with_file_line_and_reason(string file, string find, string replace, int line, string reason)
    {
        Edit(file, find, replace);

        var error = Assert.Throws<ContentValidationException>(Load);

        var reported = Assert.Single(error.Errors, e => e.Reason.Contains(reason, StringComparison.Ordinal));
        Assert.Equal(Path.Combine(_root, file), reported.File);
        Assert.Equal(line, reported.Line);
        Assert.Contains($"{file}:{line}: ", error.Message.Replace('\\', '/'));
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        Edit("articles/alpha.md", "(beta.md#second-section)", "(gamma.md)");
        Edit("faq/one.md", "order: 1", "order: 1\nanswer: yes");

        var error = Assert.Throws<ContentValidationException>(Load);

        Assert.Equal(2, error.Errors.Count);
    }

    [Fact]
    public void Two_callouts_of_the_same_urgency_in_one_section_are_rejected()
    {
        Edit("articles/beta.md", "Text.", "> [!URGENT]\n> One.\n\nMiddle.\n\n> [!URGENT]\n> Two.");

        var error = Assert.Throws<ContentValidationException>(Load);

        Assert.Contains(error.Errors, e => e.Line == 25 && e.Reason.Contains("at most one [!URGENT]", StringComparison.Ordinal));
    }

    [Fact]
    public void Corrections_are_listed_newest_first_and_date_the_page_s_last_change()
    {
        Edit("articles/alpha.md", "reviewStatus: source-checked\n", "reviewStatus: source-checked\ncorrections:\n  - date: 2026-11-30\n    what: The fridge time was wrong.\n  - date: 2026-12-02\n    what: The dehydration signs now say to see a doctor today.\n");

        var alpha = Load().FindArticle("alpha")!;

        Assert.Equal([new DateOnly(2026, 12, 2), new DateOnly(2026, 11, 30)], alpha.Corrections.Select(c => c.Date));
        Assert.Equal(new DateOnly(2026, 12, 2), alpha.LastChanged);
        Assert.Equal(new DateOnly(2026, 11, 22), alpha.LastReviewed);
    }

    [Theory]
    [InlineData("  - date: 2026-12-31\n    what: Fixed.", "  - date: 31/12/2026\n    what: Fixed.", "a date written as YYYY-MM-DD")]
    [InlineData("  - date: 2026-12-31\n    what: Fixed.", "  - date: 2026-12-31\n    what: Fixed", "a full sentence")]
    public void A_broken_correction_is_reported_on_its_line(string find, string replace, string reason)
    {
        Edit("articles/alpha.md", "reviewStatus: source-checked\n", "reviewStatus: source-checked\ncorrections:\n  - date: 2026-12-01\n    what: First.\n  - date: 2026-12-31\n    what: Fixed.\n");
        Edit("articles/alpha.md", find, replace);

        var error = Assert.Throws<ContentValidationException>(Load);

        // The second correction's own entry (line 11), not the first's or the 'corrections:' line.
        var reported = Assert.Single(error.Errors);
        Assert.Equal(11, reported.Line);
        Assert.Contains(reason, reported.Reason);
    }

    [Theory]
    [InlineData("  - id: cdc")]
    [InlineData("  - id: \"cdc\"   # the CDC's own page")]
    [InlineData("  - title: CDC's own page\n    id: cdc")]
    public void An_uncited_source_is_reported_on_its_own_entry_however_it_is_written(string entry)
    {
        // "cdc" after "cdc-storage": a search for the text "- id: cdc" found the wrong one, or none.
        Edit("articles/alpha.md", "    url: https://doi.org/10.1111/j.1469-7580.2005.00417.x\n---", "    url: https://doi.org/10.1111/j.1469-7580.2005.00417.x\n" + entry + "\n    publisher: CDC\n    year: 2024\n    url: https://www.cdc.gov/\n" + (entry.Contains("title") ? "" : "    title: CDC's own page\n") + "---");

        var error = Assert.Throws<ContentValidationException>(Load);

        var reported = Assert.Single(error.Errors);
        Assert.Equal((19, "the source 'cdc' is never cited; cite it as [^cdc] or remove it"), (reported.Line, reported.Reason));
    }

    [Theory]
    [InlineData("    url: https://doi.org/10.1111/j.1469-7580.2005.00417.x\n", "", "needs a url a reader can check")]
    [InlineData("    url: https://doi.org/10.1111/j.1469-7580.2005.00417.x\n", "    noUrl: \"\"\n", "needs a url a reader can check")]
    [InlineData("    url: https://doi.org/10.1111/j.1469-7580.2005.00417.x\n", "    url: https://doi.org/10.1111/j.1469-7580.2005.00417.x\n    noUrl: a book\n", "needs no noUrl")]
    public void Every_source_has_an_address_or_says_why_it_has_none(string find, string replace, string reason)
    {
        Edit("articles/alpha.md", find, replace);

        var error = Assert.Throws<ContentValidationException>(Load);

        var reported = Assert.Single(error.Errors, e => e.Reason.Contains(reason, StringComparison.Ordinal));
        Assert.Equal((Path.Combine(_root, "articles/alpha.md"), 14), (reported.File, reported.Line));
    }

    [Fact]
    public void A_source_without_an_address_says_why_in_the_source_list()
    {
        Edit("articles/alpha.md", "    url: https://doi.org/10.1111/j.1469-7580.2005.00417.x\n", "    noUrl: a printed book with no copy online\n");

        var alpha = Load().FindArticle("alpha")!;

        var item = HtmlPage.Parse(alpha.SourcesHtml).QuerySelector("li#source-ramsay-2005");
        Assert.Contains("No web address: a printed book with no copy online.", item.Text());
    }

    /// <summary>
    /// One misspelt key is one error: in the editor's words, with the key meant, and no echo from the files that link
    /// to the article (beta and the FAQ answer both do).
    /// </summary>
    [Fact]
    public void A_misspelt_key_is_one_error_naming_the_key_meant_and_the_keys_allowed()
    {
        Edit("articles/alpha.md", "order: 1", "ordr: 1");

        var error = Assert.Throws<ContentValidationException>(Load);

        var only = Assert.Single(error.Errors);
        Assert.Equal(Path.Combine(_root, "articles/alpha.md"), only.File);
        Assert.Equal(4, only.Line);
        Assert.StartsWith("front matter: unknown key 'ordr': did you mean 'order'? The keys allowed here are ", only.Reason);
        Assert.Contains("lastReviewed", only.Reason);
        Assert.DoesNotContain("LactationGuide", only.Reason);
    }

    [Fact]
    public void A_key_like_no_other_is_named_with_the_keys_allowed_and_no_guess()
    {
        Edit("glossary/alveoli.md", "term: Alveoli", "term: Alveoli\nxyzzy: 1");

        var only = Assert.Single(Assert.Throws<ContentValidationException>(Load).Errors);

        Assert.Equal("front matter: unknown key 'xyzzy'; the keys allowed here are term, also", only.Reason);
    }

    /// <summary>Each way YAML commonly goes wrong, said in plain words at the line where it went wrong.</summary>
    [Theory]
    [InlineData("title: Alpha article", "title: Alpha: the first article", 2, "put the whole value in double quotes")]
    [InlineData("title: Alpha article", "title: \"Alpha article", 2, "a quote opened here is never closed")]
    [InlineData("order: 1", "order: [1, 2]", 4, "takes a single value, not a list")]
    [InlineData("order: 1", "order: first", 4, "not of the kind the key takes (a whole number")]
    [InlineData("sources:\n  - id: cdc-storage", "sources: cdc-storage\nsee:\n  - id: cdc-storage", 8, "takes a list")]
    [InlineData("    title: Proper Storage", "   title: Proper Storage", 10, "check the indentation")]
    public void A_yaml_mistake_is_explained_in_plain_words(string find, string replace, int line, string reason)
    {
        Edit("articles/alpha.md", find, replace);

        var error = Assert.Throws<ContentValidationException>(Load);

        var first = error.Errors[0];
        Assert.Equal(Path.Combine(_root, "articles/alpha.md"), first.File);
        Assert.Equal(line, first.Line);
        Assert.Contains(reason, first.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("LactationGuide", first.Reason);
        Assert.DoesNotContain("Exception", first.Reason);
    }

    /// <summary>
    /// A broken signs file is the root cause, listed first; each page that draws on it says so once, however many
    /// boxes it has, and not as "there is no warning-signs.yaml".
    /// </summary>
    [Fact]
    public void A_broken_signs_file_comes_first_and_each_page_that_uses_it_says_so_once()
    {
        Edit("warning-signs.yaml", "    level: emergency", "    levle: emergency");
        Edit("articles/alpha.md", "## First section", "## Before {#before}\n\n> [!URGENT]\n> ```warning-signs\n> no-wet-nappy\n> ```\n\n## First section");

        var errors = Assert.Throws<ContentValidationException>(Load).Errors;

        Assert.Equal(Path.Combine(_root, "warning-signs.yaml"), errors[0].File);
        Assert.StartsWith("unknown key 'levle': did you mean 'level'?", errors[0].Reason);
        var followOn = Assert.Single(errors, e => e.File.EndsWith("alpha.md", StringComparison.Ordinal));
        Assert.Equal("draws warning signs from warning-signs.yaml, which has errors above", followOn.Reason);
        Assert.Same(followOn, errors[^1]);
        Assert.DoesNotContain(errors, e => e.Reason.Contains("there is no warning-signs.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_content_folder_is_reported()
    {
        var error = Assert.Throws<ContentValidationException>(() => SiteContent.Loader(Path.Combine(_root, "nope"), _ => true, SitePages).Load());

        Assert.Contains("does not exist", error.Message);
    }

    private ContentLibrary Load() => SiteContent.Loader(_root, path => path == "/diagrams/known.svg", SitePages).Load();

    private void Edit(string file, string find, string replace) => ContentFixture.Edit(_root, file, find, replace);
}

/// <summary>Copies of the small, valid content set in Fixtures/valid, for tests that break it on purpose.</summary>
internal static class ContentFixture
{
    public static string CopyValid()
    {
        var root = Path.Combine(Path.GetTempPath(), "lactationguide-tests", Guid.NewGuid().ToString("N"));
        var source = Path.Combine(RepositoryPaths.Fixtures, "valid");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(root, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return root;
    }

    public static void Edit(string root, string file, string find, string replace)
    {
        var path = Path.Combine(root, file);
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.Contains(find, text);
        File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));
    }
}
