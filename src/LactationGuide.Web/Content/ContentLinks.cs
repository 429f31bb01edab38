using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace LactationGuide.Web.Content;

/// <summary>What content may link to: each article's section ids, the FAQ entries and the glossary terms.</summary>
internal sealed record LinkTargets(
    IReadOnlyDictionary<string, IReadOnlySet<string>> ArticleIds,
    IReadOnlySet<string> Faq,
    IReadOnlySet<string> Glossary);

/// <summary>
/// The links in content: each one checked against what exists, rewritten from a file path to the site's address,
/// Problems go to <paramref name="error"/> as <c>file:line: reason</c>.
/// </summary>
/// <param name="root">The content folder, the base of relative links.</param>
/// <param name="siteFileExists">Whether a site path such as <c>/diagrams/x.svg</c> is a file the site serves.</param>
/// <param name="sitePages">Site paths that content may link to directly, such as <c>/tools/milk-storage</c>.</param>
public sealed partial class ContentLinks
{
    private readonly string root;
    private readonly LinkTargets targets;
    private readonly Func<string, bool> siteFileExists;
    private readonly IReadOnlySet<string> sitePages;
    private readonly Action<ContentError> error;

    internal ContentLinks(string root, LinkTargets targets, Func<string, bool> siteFileExists, IReadOnlySet<string> sitePages, Action<ContentError> error)
    {
        (this.root, this.targets, this.siteFileExists, this.sitePages, this.error) = (root, targets, siteFileExists, sitePages, error);
    }

    /// <summary>
    /// Turns relative links between content files (<c>milk-storage.md#fridge</c>) into site URLs
    /// (<c>/articles/milk-storage#fridge</c>), and reports any link to a page or section that does not exist.
    /// </summary>
    public List<ArticleLink> Rewrite(MarkdownDocument document, string file, IReadOnlySet<string> ownIds)
    {
        var articleLinks = new List<ArticleLink>();
        var folder = Path.GetDirectoryName(file)!;
        foreach (var link in document.Descendants<LinkInline>())
        {
            var line = link.Line + 1;
            var url = link.Url ?? "";
            if (link.IsImage && string.IsNullOrWhiteSpace(PlainText.Of(link)))
            {
                Error(file, line, $"the image '{url}' needs a text alternative: ![what it shows]({url})");
            }

            if (url.Length == 0)
            {
                Error(file, line, "a link has no address");
            }
            else if (url.StartsWith('#'))
            {
                if (!ownIds.Contains(url[1..]))
                {
                    Error(file, line, $"there is no section '{url}' on this page");
                }
            }
            else if (url.StartsWith('/'))
            {
                var path = url.Split('#', 2)[0];
                var exists = link.IsImage ? siteFileExists(path) : sitePages.Contains(path);
                if (!exists)
                {
                    Error(file, line, link.IsImage ? $"the image '{url}' is not in wwwroot" : $"'{url}' is not a page of the site; link to content with a relative .md link");
                }
            }
            else if (Uri.TryCreate(url, UriKind.Absolute, out var absolute))
            {
                if (absolute.Scheme is not ("https" or "mailto" or "tel"))
                {
                    Error(file, line, $"external links must use https: '{url}'");
                }
            }
            else if (ResolveContentLink(url, folder, out var siteUrl, out var articleLink) is { } problem)
            {
                Error(file, line, problem);
            }
            else
            {
                link.Url = siteUrl;
                if (articleLink is not null)
                {
                    articleLinks.Add(articleLink);
                }
            }
        }

        return articleLinks;
    }

    private string? ResolveContentLink(string url, string folder, out string siteUrl, out ArticleLink? articleLink)
    {
        siteUrl = "";
        articleLink = null;
        var parts = url.Split('#', 2);
        var fragment = parts.Length == 2 ? parts[1] : null;
        var path = Uri.UnescapeDataString(parts[0]);
        if (path.Any(char.IsControl))
        {
            return $"'{url}' is not a content page (link to articles/, faq/ or glossary/ .md files)";
        }

        var full = Path.GetFullPath(Path.Combine(folder, path));
        var relative = Path.GetRelativePath(root, full).Replace('\\', '/');
        var match = ContentPathPattern().Match(relative);
        if (!match.Success)
        {
            return $"'{url}' is not a content page (link to articles/, faq/ or glossary/ .md files)";
        }

        var (kind, slug) = (match.Groups["kind"].Value, match.Groups["slug"].Value);
        switch (kind)
        {
            case "articles" when !targets.ArticleIds.ContainsKey(slug):
                return $"'{url}' links to an article that does not exist";
            case "articles" when fragment is not null && !targets.ArticleIds[slug].Contains(fragment):
                return $"'{url}' links to a section '#{fragment}' that does not exist in articles/{slug}.md";
            case "articles":
                siteUrl = fragment is null ? $"/articles/{slug}" : $"/articles/{slug}#{fragment}";
                articleLink = new ArticleLink(slug, fragment);
                return null;
            case "faq" when !targets.Faq.Contains(slug):
                return $"'{url}' links to an FAQ entry that does not exist";
            case "glossary" when !targets.Glossary.Contains(slug):
                return $"'{url}' links to a glossary term that does not exist";
            case "faq" or "glossary" when fragment is not null:
                return $"'{url}': link to the {kind} entry itself, without a #fragment";
            case "faq":
                siteUrl = $"/faq/{slug}";
                return null;
            default:
                siteUrl = $"/glossary#{slug}";
                return null;
        }
    }

    /// <summary>The glossary terms a page links to, in order of first use.</summary>
    public static ImmutableArray<string> GlossaryLinksIn(MarkdownDocument document) =>
    [
        .. document.Descendants<LinkInline>()
            .Select(l => l.Url ?? "")
            .Where(url => url.StartsWith(GlossaryTerm.PagePath + "#", StringComparison.Ordinal))
            .Select(url => url[(GlossaryTerm.PagePath.Length + 1)..])
            .Distinct(StringComparer.Ordinal),
    ];

    private void Error(string file, int line, string reason) => error(new ContentError(file, line, reason));

    [GeneratedRegex("^(?<kind>articles|faq|glossary)/(?<slug>[a-z0-9-]+)\\.md$")]
    private static partial Regex ContentPathPattern();
}
