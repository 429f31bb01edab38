using System.Collections.Immutable;
using System.Text;
using LactationGuide.Web.Content;
using LactationGuide.Web.WarningSigns;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace LactationGuide.Web.ReadingLists;

/// <summary>Makes the items a list can hold from the finished content: sections, answers and warning signs.</summary>
internal static class ListItems
{
    /// <summary>Each ## section of an article, from its finished document (links rewritten, signs drawn in).</summary>
    public static IEnumerable<ListItem> Sections(SiteMarkdown markdown, Article article, MarkdownDocument document)
    {
        // The source list has left the document (the article shows it apart); each citation still knows its number.
        var numbers = document.Descendants<FootnoteLink>().Where(l => !l.IsBackLink)
            .GroupBy(l => SiteMarkdown.SourceId(l.Footnote), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Footnote.Order, StringComparer.Ordinal);
        var sources = article.Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var sourceHtml = new Dictionary<string, string>(StringComparer.Ordinal);
        var review = new ListItemReview(article.LastReviewed, article.NextReview, article.LastChanged > article.LastReviewed ? article.LastChanged : null);
        foreach (var (heading, blocks) in SplitSections(document))
        {
            var key = ListItemKey.Section(article.Slug, heading.GetAttributes().Id!);

            // Away from its page, a link to another part of the article goes to the article. The page is rendered
            // already, so its own links are not changed.
            foreach (var link in blocks.SelectMany(b => b is LeafBlock { Inline: { } i } ? i.Descendants<LinkInline>() : b.Descendants<LinkInline>()))
            {
                if (link.Url?.StartsWith('#') == true)
                {
                    link.Url = article.Url + link.Url;
                }
            }

            var cited = ListItemHtml.CitedSources(blocks, numbers).ToList();
            var listed = cited.Select(c => new ListSource(
                c.Number, c.Id, sourceHtml.TryGetValue(c.Id, out var html) ? html : sourceHtml[c.Id] = markdown.ToHtml(SourceRules.Markdown(sources[c.Id])))).ToImmutableArray();
            yield return new ListItem(
                key,
                PlainText.Of(heading),
                article.Title,
                ListItemHtml.Render(markdown, blocks, key.ToString()),
                listed,
                article.Title,
                $"{article.Url}#{key.Id}",
                review,
                PrintEstimate.OfBlocks(blocks, cited.Select(c => SourceRules.Markdown(sources[c.Id]))));
        }
    }

    /// <summary>An answer, with the review dates of the article section it links to, which explains it in full.</summary>
    public static ListItem Answer(FaqEntry entry, IReadOnlyDictionary<string, Article> articles)
    {
        var link = entry.ArticleLinks[0]; // Every answer links to the section that explains it (FaqKind checks).
        var article = articles[link.ArticleSlug];
        var review = new ListItemReview(article.LastReviewed, article.NextReview, article.LastChanged > article.LastReviewed ? article.LastChanged : null);
        var paragraphs = entry.AnswerHtml.Split("<p", StringSplitOptions.None).Length - 1;
        return new ListItem(
            ListItemKey.Answer(entry.Slug),
            entry.Question,
            "Questions parents ask",
            entry.AnswerHtml,
            [],
            article.Title,
            link.SectionId is null ? article.Url : $"{article.Url}#{link.SectionId}",
            review,
            PrintEstimate.OfText(entry.AnswerText, paragraphs, []));
    }

    /// <summary>A warning sign inside the callout of its level, with what to do and how: a sign is never shown without its level.</summary>
    public static ListItem Sign(WarningSignList signs, WarningSign sign)
    {
        var advice = signs.Advice(sign.Level);
        var kind = CalloutKind.All[sign.Level.CalloutKind()];
        var html = new StringBuilder();
        html.Append("<div class=\"callout ").Append(kind.CssClass).Append("\">\n")
            .Append("<p class=\"callout-title\"><span class=\"visually-hidden\">").Append(Encode(kind.HiddenPrefix)).Append("</span>")
            .Append(Encode(kind.Title)).Append("</p>\n")
            .Append(WarningSignsHtml.List(advice, sign.For, [sign]))
            .Append("</div>\n");
        var sources = sign.Sources.Select((s, i) => new ListSource(i + 1, s.Id, signs.SourceHtml[s.Id])).ToImmutableArray();
        var whose = sign.For == SignAudience.Baby ? "your baby" : "you";
        var text = advice.Lead(sign.For) + sign.Text + sign.Note + advice.How;
        return new ListItem(
            ListItemKey.Sign(sign.Id),
            char.ToUpperInvariant(sign.Text[0]) + sign.Text[1..],
            $"Warning signs in {whose}: {kind.Title.ToLowerInvariant()}",
            html.ToString(),
            sources,
            "Is my baby unwell?",
            sign.Url,
            null,
            PrintEstimate.OfText(text, 4, sign.Sources.Select(SourceRules.Markdown)));
    }

    /// <summary>The ## sections of a finished article, each heading with the blocks under it; sections a handout leaves out are unwrapped.</summary>
    private static IEnumerable<(HeadingBlock Heading, List<Block> Blocks)> SplitSections(MarkdownDocument document)
    {
        (HeadingBlock Heading, List<Block> Blocks)? current = null;
        foreach (var block in document.SelectMany(b => b is LeftOutOfHandoutBlock wrapper ? wrapper : (IEnumerable<Block>)[b]))
        {
            if (block is HeadingBlock { Level: 2 } h2 && h2.TryGetAttributes()?.Id is not null)
            {
                if (current is not null)
                {
                    yield return current.Value;
                }

                current = (h2, []);
            }
            else
            {
                current?.Blocks.Add(block);
            }
        }

        if (current is not null)
        {
            yield return current.Value;
        }
    }

    private static string Encode(string text) => System.Text.Encodings.Web.HtmlEncoder.Default.Encode(text);
}
