namespace LactationGuide.Web.Content;

// What the YAML front matter says, as written. The loader checks it and turns it into the content model;
// these types exist only so that YamlDotNet can reject a key that is not listed here.

internal sealed class ArticleFrontMatter
{
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public int? Order { get; set; }
    public string? LastReviewed { get; set; }
    public string? NextReview { get; set; }
    public string? ReviewStatus { get; set; }
    public string? ReviewedBy { get; set; }
    public List<SourceFrontMatter>? Sources { get; set; }
    public List<string>? HandoutLeavesOut { get; set; }
    public List<CorrectionFrontMatter>? Corrections { get; set; }

    /// <summary>Slugs the article was published under before (read by the reading lists' registry of published ids).</summary>
    public List<string>? Aliases { get; set; }
}

internal sealed class CorrectionFrontMatter : YamlObject
{
    public string? Date { get; set; }
    public string? What { get; set; }
}

/// <summary>A source as written, in an article's front matter or a data file's <c>sources</c> list.</summary>
internal sealed class SourceFrontMatter : YamlObject
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Authors { get; set; }
    public string? Publisher { get; set; }
    public int? Year { get; set; }
    public string? Accessed { get; set; }
    public string? Url { get; set; }
    public string? NoUrl { get; set; }
}

internal sealed class FaqFrontMatter
{
    public string? Question { get; set; }
    public int? Order { get; set; }
    public bool Popular { get; set; }

    /// <summary>Slugs the answer was published under before (read by the reading lists' registry of published ids).</summary>
    public List<string>? Aliases { get; set; }
}

internal sealed class GlossaryFrontMatter
{
    public string? Term { get; set; }
    public string? Also { get; set; }
}
