using System.Collections.Immutable;
using LactationGuide.Web.Content;
using LactationGuide.Web.WarningSigns;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace LactationGuide.Web.ReadingLists;

/// <summary>
/// Reading lists as a kind of content. It reads nothing of its own but the registry of every address ever published
/// (<c>published-ids.txt</c>) and the aliases that renamed pages, sections and signs keep; it fails the load when a
/// published address no longer leads anywhere; it puts "Add to a reading list" at the end of every article section;
/// and once every page is built it renders each section, answer and sign as a list shows it.
/// </summary>
internal sealed class ReadingListKind : IContentKind
{
    /// <summary>Article slugs that list keys use for other things: an article so named would be unreachable in a list.</summary>
    private static readonly HashSet<string> ReservedSlugs = [ListItemKey.FaqPage, ListItemKey.SignsPage];

    public IMarkdownExtension Markdown { get; } = new ListMarkdownExtension();

    public void Read(ContentLoad load)
    {
        var text = load.ReadText(PublishedIds.FileName);
        load.Keep(new Registry(text is null ? null : PublishedIds.Read(load.PathOf(PublishedIds.FileName), text, load.Report)));
    }

    public void Resolve(ContentLoad load)
    {
        var site = new PublishedSite();
        foreach (var page in load.Pages)
        {
            var folder = Path.GetFileName(Path.GetDirectoryName(page.File));
            var slug = Path.GetFileNameWithoutExtension(page.File);
            if (folder == ArticleKind.Folder)
            {
                ReadArticle(load, site, page, slug);
            }
            else if (folder == FaqKind.Folder)
            {
                site.Answers[slug] = page.File;
                AddSlugAliases(load, page, slug, site.AnswerAliases, "answer");
            }
        }

        CheckSlugAliases(load, site.ArticleAliases, site.Articles.Keys, "article");
        CheckSlugAliases(load, site.AnswerAliases, site.Answers.Keys, "answer");
        if (load.Published.GetValueOrDefault(typeof(WarningSignList)) is WarningSignList signs)
        {
            ReadSigns(load, site, signs);
        }

        if (load.Kept<Registry>()!.Ids is { } registry)
        {
            registry.Check(site, load);
        }

        load.Keep(site);
    }

    public void Finish(ContentLoad load)
    {
        if (load.Errors.Count > 0)
        {
            return; // The load fails; half-checked pages are not worth rendering.
        }

        var site = load.Kept<PublishedSite>()!;
        var items = new List<ListItem>();
        foreach (var article in load.Articles.OrderBy(a => a.Order).ThenBy(a => a.Slug, StringComparer.Ordinal))
        {
            var page = load.Pages.First(p => p.File == article.SourceFile);
            items.AddRange(ListItems.Sections(load.Markdown, article, page.Document));
        }

        var articles = load.Articles.ToDictionary(a => a.Slug, StringComparer.Ordinal);
        items.AddRange(load.Faq.OrderBy(f => f.Order).ThenBy(f => f.Slug, StringComparer.Ordinal).Select(f => ListItems.Answer(f, articles)));
        if (load.Published.GetValueOrDefault(typeof(WarningSignList)) is WarningSignList signs)
        {
            items.AddRange(signs.Signs.Select(s => ListItems.Sign(signs, s)));
        }

        load.Publish(new ReadingListCatalog(items, site.Aliases()));
    }

    private static void ReadArticle(ContentLoad load, PublishedSite site, ContentPage page, string slug)
    {
        if (ReservedSlugs.Contains(slug))
        {
            load.Error(page.File, 1, $"an article cannot be called '{slug}': reading lists use {ListItemKey.FaqPage}.… for questions and {ListItemKey.SignsPage}.… for warning signs");
        }

        var article = new PublishedArticle(page.File);
        site.Articles[slug] = article;
        AddSlugAliases(load, page, slug, site.ArticleAliases, "article");

        var headings = page.Document.Descendants<HeadingBlock>().Where(h => h.Level is 2 or 3 && h.TryGetAttributes()?.Id is not null).ToList();
        foreach (var heading in headings)
        {
            article.Sections.TryAdd(heading.GetAttributes().Id!, heading.Line + 1);
        }

        foreach (var heading in headings)
        {
            AddSectionAliases(load, page.File, article, heading);
        }

        AddListLinks(page.Document, slug);
    }

    /// <summary>
    /// <c>## Heading {#new-id aliases="old-id older-id"}</c>: each former id becomes an empty element inside the heading,
    /// so that <c>#old-id</c> still lands here; the attribute itself is not written into the page.
    /// </summary>
    private static void AddSectionAliases(ContentLoad load, string file, PublishedArticle article, HeadingBlock heading)
    {
        var attributes = heading.GetAttributes();
        var written = attributes.Properties?.FirstOrDefault(p => p.Key == "aliases");
        if (written is not { Key: not null } property)
        {
            return;
        }

        attributes.Properties!.Remove(property);
        var line = heading.Line + 1;
        foreach (var alias in (property.Value ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Reverse())
        {
            if (!SourceRules.SlugPattern().IsMatch(alias))
            {
                load.Error(file, line, $"the alias '{alias}' must be written like a section id: lowercase letters, digits and single hyphens");
            }
            else if (article.Sections.ContainsKey(alias))
            {
                load.Error(file, line, $"the alias '{alias}' is the id of a section of this article; an alias is an id the article no longer has");
            }
            else if (!article.SectionAliases.TryAdd(alias, attributes.Id!))
            {
                load.Error(file, line, $"the alias '{alias}' is given to two headings; old links can land on only one");
            }
            else
            {
                var former = new FormerIdInline(alias);
                if (heading.Inline?.FirstChild is { } first)
                {
                    first.InsertBefore(former);
                }
                else
                {
                    heading.Inline?.AppendChild(former);
                }
            }
        }
    }

    /// <summary><c>aliases: [old-slug]</c> in a page's front matter: the slugs it was published under before.</summary>
    private static void AddSlugAliases(ContentLoad load, ContentPage page, string slug, Dictionary<string, (string Slug, string File, int Line)> aliases, string what)
    {
        var line = page.AliasesLine;
        foreach (var alias in page.Aliases)
        {
            if (!SourceRules.SlugPattern().IsMatch(alias))
            {
                load.Error(page.File, line, $"the alias '{alias}' must be written like a slug: lowercase letters, digits and single hyphens");
            }
            else if (!aliases.TryAdd(alias, (slug, page.File, line)))
            {
                load.Error(page.File, line, $"the alias '{alias}' is also claimed by {aliases[alias].File}; old links can lead to only one {what}");
            }
        }
    }

    private static void CheckSlugAliases(ContentLoad load, Dictionary<string, (string Slug, string File, int Line)> aliases, IEnumerable<string> current, string what)
    {
        foreach (var slug in current.Where(aliases.ContainsKey).ToList())
        {
            var (_, file, line) = aliases[slug];
            load.Error(file, line, $"the alias '{slug}' is the slug of an {what} that exists; an alias is a slug no {what} has any more");
            aliases.Remove(slug);
        }
    }

    private static void ReadSigns(ContentLoad load, PublishedSite site, WarningSignList signs)
    {
        var file = load.PathOf(WarningSignsReader.FileName);
        var lines = (load.ReadText(WarningSignsReader.FileName) ?? "").Split('\n');
        int LineOf(string id) => Array.FindIndex(lines, l => l.Trim() == $"- id: {id}") + 1;
        site.SignsRead = true;
        foreach (var sign in signs.Signs)
        {
            site.Signs[sign.Id] = LineOf(sign.Id);
        }

        foreach (var sign in signs.Signs)
        {
            foreach (var alias in sign.Aliases)
            {
                if (site.Signs.ContainsKey(alias))
                {
                    load.Error(file, LineOf(sign.Id), $"the alias '{alias}' is the id of a sign that exists; an alias is an id no sign has any more");
                }
                else if (!site.SignAliases.TryAdd(alias, (sign.Id, file, LineOf(sign.Id))))
                {
                    load.Error(file, LineOf(sign.Id), $"the alias '{alias}' is also given to the sign '{site.SignAliases[alias].Slug}'; old links can lead to only one");
                }
            }
        }
    }

    /// <summary>Puts "Add to a reading list" at the end of each ## section of an article.</summary>
    private static void AddListLinks(MarkdownDocument document, string slug)
    {
        var sections = document.OfType<HeadingBlock>().Where(h => h.Level == 2 && h.TryGetAttributes()?.Id is not null).ToList();
        for (var i = sections.Count - 1; i >= 0; i--)
        {
            var end = i + 1 < sections.Count ? document.IndexOf(sections[i + 1]) : document.Count;
            var key = ListItemKey.Section(slug, sections[i].GetAttributes().Id!);
            document.Insert(end, new AddToListBlock(key, PlainText.Of(sections[i])));
        }
    }

    private sealed record Registry(PublishedIds? Ids);
}

/// <summary>What the content publishes now, with where each thing is written, and the former ids it answers to.</summary>
internal sealed class PublishedSite
{
    public Dictionary<string, PublishedArticle> Articles { get; } = new(StringComparer.Ordinal);

    /// <summary>Answer slug → its file.</summary>
    public Dictionary<string, string> Answers { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether the signs file could be read: when it cannot, its own errors are the ones to fix.</summary>
    public bool SignsRead { get; set; }

    /// <summary>Sign id → its line in the signs file.</summary>
    public Dictionary<string, int> Signs { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, (string Slug, string File, int Line)> ArticleAliases { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, (string Slug, string File, int Line)> AnswerAliases { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, (string Slug, string File, int Line)> SignAliases { get; } = new(StringComparer.Ordinal);

    public IdAliases Aliases() => new(
        ArticleAliases.ToDictionary(a => a.Key, a => a.Value.Slug, StringComparer.Ordinal),
        AnswerAliases.ToDictionary(a => a.Key, a => a.Value.Slug, StringComparer.Ordinal),
        SignAliases.ToDictionary(a => a.Key, a => a.Value.Slug, StringComparer.Ordinal),
        Articles.Where(a => a.Value.SectionAliases.Count > 0)
            .ToDictionary(a => a.Key, a => (IReadOnlyDictionary<string, string>)a.Value.SectionAliases, StringComparer.Ordinal));
}

/// <summary>An article as published: its file, its section ids (## and ###) with their lines, and its sections' former ids.</summary>
internal sealed class PublishedArticle(string file)
{
    public string File { get; } = file;

    public Dictionary<string, int> Sections { get; } = new(StringComparer.Ordinal);

    /// <summary>Former section id → current id.</summary>
    public Dictionary<string, string> SectionAliases { get; } = new(StringComparer.Ordinal);
}
