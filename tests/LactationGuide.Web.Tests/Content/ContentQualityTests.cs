using System.Text.RegularExpressions;
using LactationGuide.Web.Content;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace LactationGuide.Web.Tests.Content;

/// <summary>The editorial rules of docs/writing-content.md, checked over the real content.</summary>
[Collection(SiteCollection.Name)]
public sealed partial class ContentQualityTests(SiteFactory site, ITestOutputHelper output)
{
    /// <summary>US grade 6 or below (NHS reading age 9 to 11): the goal for every article, held as a limit.</summary>
    private const double MaxGrade = 6.0;

    private static readonly string[] PermanentSlugs =
        ["breast-anatomy", "hormones-and-let-down", "first-days", "supply-and-demand", "milk-storage", "getting-enough", "when-to-get-help"];

    private ContentLibrary Library => site.Services.GetRequiredService<ContentLibraryProvider>().Current;

    [Fact]
    public void The_seven_articles_exist_under_their_permanent_slugs()
    {
        Assert.Equal(PermanentSlugs.Order(), Library.Articles.Select(a => a.Slug).Order());
    }

    [Fact]
    public void Every_article_has_three_sources_and_an_honest_review_record()
    {
        foreach (var article in Library.Articles)
        {
            Assert.True(article.Sources.Length >= 3, $"{article.Slug} cites {article.Sources.Length} sources; at least 3 are needed");
            Assert.True(article.NextReview > article.LastReviewed && article.NextReview <= article.LastReviewed.AddYears(3), article.Slug);
            // The real calendar, on purpose (not the tests' clock): a review dated after today is a claim that is not
            // true yet. As the years pass this can only stop failing, never start.
            Assert.True(article.LastReviewed <= DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime), $"{article.Slug} claims a review in the future");
            Assert.False(string.IsNullOrWhiteSpace(article.Summary), article.Slug);
            Assert.True(article.OnThisPage.Count() >= 3, $"{article.Slug} has too few sections for 'On this page'");
            if (article.ReviewStatus == ReviewStatus.SourceChecked)
            {
                Assert.Null(article.ReviewedBy);
            }
        }
    }

    /// <summary>A printed article leaves out the site's footer, so the article itself must say it is general information.</summary>
    [Fact]
    public void Every_article_ends_by_saying_it_gives_general_information_and_does_not_replace_care()
    {
        foreach (var article in Library.Articles)
        {
            var last = HtmlPage.Parse(article.BodyHtml).QuerySelectorAll("p").LastOrDefault()?.TextContent ?? "";
            Assert.True(
                last.StartsWith("This page gives general information.", StringComparison.Ordinal) && last.Contains("does not replace", StringComparison.Ordinal),
                $"{article.Slug} ends with \"{last}\", not with the line that it gives general information and does not replace care");
        }
    }

    [Theory]
    [InlineData("breast-anatomy", "img[src='/diagrams/inside-the-breast.svg']")]
    [InlineData("hormones-and-let-down", "img[src='/diagrams/feeding-loop.svg']")]
    [InlineData("milk-storage", "table")]
    public void Articles_that_need_a_picture_or_table_have_one(string slug, string selector)
    {
        var body = HtmlPage.Parse(Library.FindArticle(slug)!.BodyHtml);

        var element = body.QuerySelector(selector);

        Assert.NotNull(element);
        if (element.TagName == "IMG")
        {
            Assert.True(element.GetAttribute("alt")?.Length > 40, "the diagram needs a full text alternative");
            Assert.Contains("What the diagram shows", body.Body!.TextContent);
        }
    }

    [Theory]
    [InlineData("inside-the-breast.svg")]
    [InlineData("feeding-loop.svg")]
    public void Diagrams_have_a_title_and_description_and_no_script(string file)
    {
        var svg = File.ReadAllText(Path.Combine(RepositoryPaths.WebProject, "wwwroot", "diagrams", file));

        var document = HtmlPage.Parse(svg);
        Assert.False(string.IsNullOrWhiteSpace(document.QuerySelector("svg > title")?.TextContent));
        Assert.False(string.IsNullOrWhiteSpace(document.QuerySelector("svg > desc")?.TextContent));
        Assert.Equal("img", document.QuerySelector("svg")?.GetAttribute("role"));
        Assert.Null(document.QuerySelector("script"));
        Assert.DoesNotContain("href=\"http", svg);
    }

    [Fact]
    public void There_are_sixteen_questions_each_short_and_linked_to_a_section()
    {
        Assert.Equal(16, Library.Faq.Length);
        foreach (var entry in Library.Faq)
        {
            // The answer's own sentences: warning signs it shows are drawn from the signs file, not part of the answer.
            var answer = HtmlPage.Parse(entry.AnswerHtml);
            foreach (var drawn in answer.QuerySelectorAll(".callout").ToList())
            {
                drawn.Remove();
            }

            var sentences = SentenceEnd().Matches(answer.Body!.TextContent.Trim()).Count;
            Assert.True(sentences is >= 2 and <= 4, $"{entry.Slug} has {sentences} sentences; an answer has 2 to 4");
            Assert.Contains(entry.ArticleLinks, l => l.SectionId is not null);
            Assert.EndsWith("?", entry.Question);
        }
    }

    [Fact]
    public async Task Every_article_a_question_links_to_links_back_to_it()
    {
        var client = site.CreateClient();
        foreach (var entry in Library.Faq)
        {
            foreach (var slug in entry.ArticleLinks.Select(l => l.ArticleSlug).Distinct())
            {
                var (_, page) = await HtmlPage.GetAsync(client, $"/articles/{slug}");
                var backLinks = page.QuerySelectorAll("#related-questions ~ ul a").Select(a => a.GetAttribute("href"));
                Assert.Contains(entry.Url, backLinks);
            }
        }
    }

    [Fact]
    public void Every_glossary_term_is_used_by_an_article()
    {
        var linked = Library.Articles
            .SelectMany(a => HtmlPage.Parse(a.BodyHtml).QuerySelectorAll("a[href^='/glossary#']"))
            .Select(a => a.GetAttribute("href")!["/glossary#".Length..])
            .ToHashSet();

        var unused = Library.Glossary.Where(t => !linked.Contains(t.Slug)).Select(t => t.Slug).ToList();

        Assert.True(unused.Count == 0, "glossary terms no article links to: " + string.Join(", ", unused));
        Assert.True(Library.Glossary.Length >= 13);
    }

    [Fact]
    public void Each_article_links_a_glossary_term_only_once()
    {
        foreach (var article in Library.Articles)
        {
            var repeats = HtmlPage.Parse(article.BodyHtml).QuerySelectorAll("a[href^='/glossary#']")
                .GroupBy(a => a.GetAttribute("href"))
                .Where(g => g.Count() > 1)
                .Select(g => g.Key)
                .ToList();
            Assert.True(repeats.Count == 0, $"{article.Slug} links these terms more than once (link the first use only): {string.Join(", ", repeats)}");
        }
    }

    [Fact]
    public void Every_article_ends_by_saying_it_does_not_replace_professional_care()
    {
        foreach (var article in Library.Articles)
        {
            var last = article.TextBySection[^1].Text;
            Assert.Matches(ProfessionalCare(), last[^Math.Min(last.Length, 600)..]);
        }
    }

    [Fact]
    public void Content_never_teaches_the_unofficial_5_5_5_rule()
    {
        foreach (var article in Library.Articles)
        {
            var paragraphs = article.TextBySection.SelectMany(s => s.Text.Split('\n'));
            foreach (var mention in paragraphs.Where(p => p.Contains("5-5-5", StringComparison.Ordinal)))
            {
                Assert.Matches("(is not|isn't|not an?) official", mention);
            }
        }
    }

    [Fact]
    public void Every_article_reads_at_grade_6_or_below()
    {
        var grades = new List<string>();
        var tooHard = new List<string>();
        foreach (var article in Library.Articles)
        {
            var (grade, words) = ReadingLevel.OfArticle(File.ReadAllText(article.SourceFile));
            grades.Add($"{article.Slug}: grade {grade:0.0} ({words} words)");
            if (grade > MaxGrade)
            {
                tooHard.Add($"{article.Slug} reads at grade {grade:0.0}");
            }
        }

        output.WriteLine(string.Join(Environment.NewLine, grades));
        Assert.Empty(tooHard);
    }

    [Theory]
    [InlineData("The cat sat on the mat. It was warm.", -5.0, 2.0)]
    [InlineData("The cat sat on the mat.[^some-long-source-id-2024] It was warm.[^another-source]", -5.0, 2.0)]
    [InlineData("Physiological lactogenesis necessitates endocrinological coordination between multiple organs.", 16.0, 40.0)]
    public void Reading_level_tells_plain_from_technical_text(string text, double low, double high)
    {
        var (grade, _) = ReadingLevel.OfArticle(text);

        Assert.InRange(grade, low, high);
    }

    [GeneratedRegex(@"[.!?](\s+[A-Z“""(]|\s*$)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex("(?i)(does not|doesn't|not) replace|instead of (seeing|talking)")]
    private static partial Regex ProfessionalCare();
}
