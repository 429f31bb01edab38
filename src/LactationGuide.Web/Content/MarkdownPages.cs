using Markdig.Extensions.Alerts;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace LactationGuide.Web.Content;

/// <summary>What every Markdown page of the content has in common, whatever its kind: front matter, callouts, an order.</summary>
internal static class MarkdownPages
{
    /// <summary>
    /// The page's front matter as <typeparamref name="T"/>, read strictly (an unknown key is an error), or null with
    /// the problem reported at its line. <paramref name="yaml"/> is the front matter's text, starting at <paramref name="yamlLine"/>.
    /// </summary>
    public static T? ReadFrontMatter<T>(ContentLoad load, string file, MarkdownDocument document, out string yaml, out int yamlLine) where T : class
    {
        yaml = "";
        yamlLine = 1;
        var block = document.OfType<YamlFrontMatterBlock>().FirstOrDefault();
        if (block is null)
        {
            load.Error(file, 1, "the file must start with YAML front matter between --- lines");
            return null;
        }

        // Markdig keeps the --- fences as part of the block; the YAML is what lies between them.
        var lines = block.Lines.ToString().Split('\n').Where(l => l.TrimEnd() is not ("---" or "...")).ToArray();
        yaml = string.Join('\n', lines);
        yamlLine = block.Line + 2;
        try
        {
            var result = StrictYaml.Deserializer.ReadOne<T>(yaml);
            if (result is null)
            {
                load.Error(file, yamlLine, "the front matter is empty");
            }

            return result;
        }
        catch (YamlException e)
        {
            load.Error(file, yamlLine + StrictYaml.LineOf(e, yaml) - 1, $"front matter: {YamlMessages.Explain(e)}");
            return null;
        }
    }

    /// <summary>The line of the file on which a top-level front matter key is written (the front matter's first line if it is not).</summary>
    public static int KeyLine(IReadOnlyDictionary<string, int> keyLines, int yamlLine, string key) => yamlLine + keyLines.GetValueOrDefault(key, 1) - 1;

    /// <summary>
    /// The line (of <paramref name="yaml"/>, from 1) of each top-level key, as YamlDotNet's parser reads it, so that a
    /// key is found however it is written (quoted, with a comment after it) and never inside another key's value.
    /// </summary>
    public static IReadOnlyDictionary<string, int> FrontMatterKeyLines(string yaml)
    {
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var parser = new Parser(new StringReader(yaml));
        try
        {
            parser.Consume<StreamStart>();
            if (!parser.TryConsume<DocumentStart>(out _) || !parser.TryConsume<MappingStart>(out _))
            {
                return lines;
            }

            while (parser.TryConsume<Scalar>(out var key))
            {
                lines.TryAdd(key.Value, (int)key.Start.Line);
                parser.SkipThisAndNestedEvents();
            }
        }
        catch (YamlException)
        {
            // Only read once the front matter has been deserialized, so this cannot happen; if it did, the keys found so far stand.
        }

        return lines;
    }

    public static void RemoveFrontMatter(MarkdownDocument document)
    {
        foreach (var block in document.OfType<YamlFrontMatterBlock>().ToList())
        {
            document.Remove(block);
        }
    }

    /// <summary>
    /// Callouts are of a known kind, and a section holds at most one of each urgency, so that each section a
    /// consultant links to carries its own "get help" boxes, every sign of one urgency together.
    /// </summary>
    public static void CheckCallouts(ContentLoad load, string file, MarkdownDocument document)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var alerts = document.SelectMany(block => block switch
        {
            HeadingBlock { Level: 2 } => [null],
            AlertBlock alert => [alert],
            ContainerBlock container => container.Descendants<AlertBlock>().Cast<AlertBlock?>(),
            _ => [],
        });
        foreach (var alert in alerts)
        {
            if (alert is null)
            {
                seen.Clear(); // A new section.
                continue;
            }

            var kind = alert.Kind.ToString();
            if (!CalloutKind.All.ContainsKey(kind))
            {
                load.Error(file, alert.Line + 1, $"unknown callout [!{kind}]; use one of {string.Join(", ", CalloutKind.All.Keys.Select(k => $"[!{k}]"))}");
            }
            else if (kind != "NOTE" && !seen.Add(kind))
            {
                load.Error(file, alert.Line + 1, $"a section has at most one [!{kind}] callout; put everything of that urgency in one");
            }
        }
    }

    /// <summary>Pages of one kind are listed by their <c>order</c>, so no two may share one.</summary>
    public static void CheckUniqueOrder(ContentLoad load, IEnumerable<(string File, int Order)> items, string what)
    {
        foreach (var group in items.GroupBy(i => i.Order).Where(g => g.Count() > 1))
        {
            foreach (var (file, order) in group.Skip(1))
            {
                load.Error(file, 1, $"another {what} already has order {order}");
            }
        }
    }
}
