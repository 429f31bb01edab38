using System.Text.RegularExpressions;
using LactationGuide.Web.Content;
using LactationGuide.Web.WarningSigns;

namespace LactationGuide.Web.ReadingLists;

/// <summary>
/// <c>published-ids.txt</c>: every address the site has ever published that a consultant may have sent, printed or
/// put in a reading list: each article (<c>/articles/slug</c>), each of its sections (<c>/articles/slug#id</c>), each
/// answer (<c>/faq/slug</c>) and each warning sign (<c>/unwell#id</c>). Lines are only ever added. The load fails,
/// with <c>file:line: reason</c>, when a listed address leads nowhere (dropped without an alias), and when the content
/// publishes an address the file does not list yet, so the list stays whole.
/// </summary>
internal sealed partial class PublishedIds
{
    public const string FileName = "published-ids.txt";

    private readonly string _file;
    private readonly List<(string Address, int Line)> _addresses;

    private PublishedIds(string file, List<(string Address, int Line)> addresses) => (_file, _addresses) = (file, addresses);

    public static PublishedIds Read(string file, string text, Action<ContentError> error)
    {
        var addresses = new List<(string, int)>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (!AddressPattern().IsMatch(line))
            {
                error(new ContentError(file, i + 1, $"'{line}' is not an address this file holds: /articles/slug, /articles/slug#section, /faq/slug or /unwell#sign"));
            }
            else if (!seen.TryAdd(line, i + 1))
            {
                error(new ContentError(file, i + 1, $"'{line}' is listed twice (first on line {seen[line]})"));
            }
            else
            {
                addresses.Add((line, i + 1));
            }
        }

        return new PublishedIds(file, addresses);
    }

    /// <summary>Every listed address still leads somewhere, and everything the content publishes is listed.</summary>
    public void Check(PublishedSite site, ContentLoad load)
    {
        var listed = _addresses.Select(a => a.Address).ToHashSet(StringComparer.Ordinal);
        foreach (var (address, line) in _addresses)
        {
            if (Dropped(address, site) is { } reason)
            {
                // A page that could not be read reports its own errors; its addresses are only their echo.
                var echo = (address.StartsWith("/articles/", StringComparison.Ordinal) && load.HasUnreadable(ArticleKind.Folder))
                    || (address.StartsWith("/faq/", StringComparison.Ordinal) && load.HasUnreadable(FaqKind.Folder))
                    || (address.StartsWith("/unwell", StringComparison.Ordinal) && !site.SignsRead);
                var message = $"'{address}' was published, and nothing answers it now: {reason}";
                if (echo)
                {
                    load.FollowOn(_file, line, message);
                }
                else
                {
                    load.Error(_file, line, message);
                }
            }
        }

        void Unlisted(string file, int line, string address)
        {
            if (!listed.Contains(address))
            {
                load.Error(file, line, $"'{address}' is not in {FileName}: add it there, so that it can never be dropped without an alias");
            }
        }

        // Unlisted pages are only listed when their folder could be read: a broken file reports its own errors.
        foreach (var (slug, article) in site.Articles)
        {
            Unlisted(article.File, 1, $"/articles/{slug}");
            foreach (var (id, line) in article.Sections)
            {
                Unlisted(article.File, line, $"/articles/{slug}#{id}");
            }
        }

        foreach (var (slug, file) in site.Answers)
        {
            Unlisted(file, 1, $"/faq/{slug}");
        }

        foreach (var (id, line) in site.Signs)
        {
            Unlisted(load.PathOf(WarningSignsReader.FileName), line, $"/unwell#{id}");
        }
    }

    /// <summary>Why an address leads nowhere, or null when it leads to a page, section or sign, directly or through an alias.</summary>
    private static string? Dropped(string address, PublishedSite site)
    {
        var match = AddressPattern().Match(address);
        var (kind, slug, id) = (match.Groups["kind"].Value, match.Groups["slug"].Value, match.Groups["id"].Value);
        switch (kind)
        {
            case "articles":
                var current = site.Articles.ContainsKey(slug) ? slug : site.ArticleAliases.GetValueOrDefault(slug).Slug;
                if (current is null)
                {
                    return $"keep articles/{slug}.md, or give the article that replaced it 'aliases: [{slug}]' in its front matter";
                }

                var article = site.Articles[current];
                return id.Length == 0 || article.Sections.ContainsKey(id) || article.SectionAliases.ContainsKey(id)
                    ? null
                    : $"articles/{current}.md has no section '{id}'; keep the id, or give the heading that replaced it the alias: ## Heading {{#new-id aliases={id}}}";
            case "faq":
                return site.Answers.ContainsKey(slug) || site.AnswerAliases.ContainsKey(slug)
                    ? null
                    : $"keep faq/{slug}.md, or give the answer that replaced it 'aliases: [{slug}]' in its front matter";
            default:
                return site.Signs.ContainsKey(id) || site.SignAliases.ContainsKey(id)
                    ? null
                    : $"keep the sign '{id}' in {WarningSignsReader.FileName}, or give the sign that replaced it 'aliases: [{id}]'";
        }
    }

    [GeneratedRegex("^(?:/(?<kind>articles)/(?<slug>[a-z0-9]+(?:-[a-z0-9]+)*)(?:#(?<id>[a-z0-9]+(?:-[a-z0-9]+)*))?|/(?<kind>faq)/(?<slug>[a-z0-9]+(?:-[a-z0-9]+)*)|/(?<kind>unwell)#(?<id>[a-z0-9]+(?:-[a-z0-9]+)*))$")]
    private static partial Regex AddressPattern();
}
