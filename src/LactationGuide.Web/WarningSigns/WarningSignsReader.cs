using System.Collections.Immutable;
using LactationGuide.Web.Content;
using YamlDotNet.Core;

namespace LactationGuide.Web.WarningSigns;

/// <summary>
/// Reads <c>warning-signs.yaml</c> strictly (an unknown key is an error) and checks it, reporting every problem as
/// <c>file:line: reason</c>.
/// </summary>
internal static class WarningSignsReader
{
    public const string FileName = "warning-signs.yaml";

    public static WarningSignList? Read(string file, string text, SiteMarkdown markdown, Action<ContentError> error)
    {
        SignsYaml? yaml;
        try
        {
            yaml = StrictYaml.Deserializer.ReadOne<SignsYaml>(text);
        }
        catch (YamlException e)
        {
            error(StrictYaml.Error(file, text, e));
            return null;
        }

        if (yaml is null)
        {
            error(new ContentError(file, 1, "the file is empty"));
            return null;
        }

        var ok = true;
        void Error(YamlObject at, string reason)
        {
            ok = false;
            error(new ContentError(file, at.Line, reason));
        }

        var levels = ReadLevels(yaml, Error);
        var sources = ReadSources(yaml, Error);
        var signs = ReadSigns(yaml, sources, Error);
        if (!ok)
        {
            return null;
        }

        var sourceHtml = sources.Values.ToDictionary(s => s.Id, s => markdown.ToHtml(SourceRules.Markdown(s)), StringComparer.Ordinal);
        return new WarningSignList(levels, signs, sources.Values, sourceHtml);
    }

    private static List<LevelAdvice> ReadLevels(SignsYaml yaml, Action<YamlObject, string> error)
    {
        var result = new List<LevelAdvice>();
        var levels = yaml.Levels ?? [];
        var expected = Enum.GetValues<WarningLevel>().Select(l => l.Id()).ToList();
        if (!levels.Keys.SequenceEqual(expected))
        {
            error(yaml, $"levels must be, in this order: {string.Join(", ", expected)}");
            return result;
        }

        foreach (var (id, level) in levels)
        {
            if (level.Lead is null || string.IsNullOrWhiteSpace(level.Lead.Baby) || string.IsNullOrWhiteSpace(level.Lead.You))
            {
                error(level, $"level '{id}' needs a lead for baby and for you");
                continue;
            }

            if (level.Lead.Baby.TrimEnd().EndsWith(':') || level.Lead.You.TrimEnd().EndsWith(':'))
            {
                error(level.Lead, $"level '{id}': a lead is followed by a colon and the signs; write it without the colon");
            }

            if (level.How is { } how && !how.TrimEnd().EndsWith('.'))
            {
                error(level, $"level '{id}': how is written as full sentences, ending with a full stop");
            }

            result.Add(new LevelAdvice(ParseLevel(id)!.Value, level.Lead.Baby.Trim(), level.Lead.You.Trim(), level.How?.Trim()));
        }

        return result;
    }

    private static Dictionary<string, Source> ReadSources(SignsYaml yaml, Action<YamlObject, string> error)
    {
        var sources = new Dictionary<string, Source>(StringComparer.Ordinal);
        if (yaml.Sources is not { Count: > 0 })
        {
            error(yaml, "the file needs a list of sources");
            return sources;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in yaml.Sources)
        {
            if (SourceRules.Problem(s, seen) is { } problem)
            {
                error(s, problem);
            }
            else
            {
                sources.Add(s.Id!, SourceRules.ToSource(s));
            }

            seen.Add(s.Id ?? "");
        }

        return sources;
    }

    private static List<WarningSign> ReadSigns(SignsYaml yaml, Dictionary<string, Source> sources, Action<YamlObject, string> error)
    {
        var signs = new List<WarningSign>();
        if (yaml.Signs is not { Count: > 0 })
        {
            error(yaml, "the file needs a list of signs");
            return signs;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var cited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sign in yaml.Signs)
        {
            var level = ParseLevel(sign.Level);
            var audience = sign.For switch { "baby" => SignAudience.Baby, "you" => (SignAudience?)SignAudience.You, _ => null };
            var age = ParseAge(sign.Age);
            var problem = sign switch
            {
                { Id: null or "" } => "every sign needs an id",
                { Id: var id } when !SourceRules.SlugPattern().IsMatch(id) => $"sign id '{id}' must be lowercase letters, digits and hyphens",
                { Id: var id } when !seen.Add(id) => $"the sign id '{id}' is used twice",
                _ when audience is null => $"sign '{sign.Id}': for must be baby or you, not '{sign.For}'",
                _ when level is null => $"sign '{sign.Id}': level must be emergency, urgent or soon, not '{sign.Level}'",
                _ when string.IsNullOrWhiteSpace(sign.Text) => $"sign '{sign.Id}' needs its text",
                { Text: var text } when char.IsUpper(text.TrimStart()[0]) || text.TrimEnd().EndsWith('.') =>
                    $"sign '{sign.Id}': text follows its level's lead (\"... if:\"): start it in lower case and end it without a full stop",
                { Note: { } note } when !note.TrimEnd().EndsWith('.') => $"sign '{sign.Id}': note is written as full sentences, ending with a full stop",
                { Age: { } a } when age is null => $"sign '{sign.Id}': age must be first-24-hours, first-week, newborn or under-3-months, not '{a}'",
                { Words: null or { Count: 0 } } => $"sign '{sign.Id}' needs the words a parent might search for it with",
                { Words: var words } when words.Any(w => SignPhrases.Words(w).IsEmpty) => $"sign '{sign.Id}': every search phrase needs a word",
                { Sources: null or { Count: 0 } } => $"sign '{sign.Id}' needs its sources",
                { Sources: var ids } when ids.FirstOrDefault(id => !sources.ContainsKey(id)) is { } unknown =>
                    $"sign '{sign.Id}' cites '{unknown}', which is not in the sources list",
                { Aliases: { } aliases } when aliases.FirstOrDefault(a => !SourceRules.SlugPattern().IsMatch(a)) is { } alias =>
                    $"sign '{sign.Id}': the alias '{alias}' must be written like an id: lowercase letters, digits and hyphens",
                _ => null,
            };
            if (problem is not null)
            {
                error(sign, problem);
                continue;
            }

            cited.UnionWith(sign.Sources!);
            signs.Add(new WarningSign(
                sign.Id!, audience!.Value, level!.Value, sign.Text!.Trim(), sign.Note?.Trim(), age,
                [.. sign.Words!.Select(w => w.Trim())],
                [.. sign.Sources!.Select(id => sources[id])])
            {
                Aliases = [.. sign.Aliases ?? []],
            });
        }

        foreach (var source in (yaml.Sources ?? []).Where(s => s.Id is not null && !cited.Contains(s.Id) && sources.ContainsKey(s.Id)))
        {
            error(source, $"the source '{source.Id}' is never cited by a sign; cite it or remove it");
        }

        return signs;
    }

    private static WarningLevel? ParseLevel(string? text) =>
        Enum.GetValues<WarningLevel>().Select(l => (WarningLevel?)l).FirstOrDefault(l => l!.Value.Id() == text);

    private static SignAge? ParseAge(string? text) => text switch
    {
        "first-24-hours" => SignAge.FirstDay,
        "first-week" => SignAge.FirstWeek,
        "newborn" => SignAge.Newborn,
        "under-3-months" => SignAge.UnderThreeMonths,
        _ => null,
    };
}

// What the signs file says, as written; these types exist so that YamlDotNet rejects a key not listed here.

internal sealed class SignsYaml : YamlObject
{
    public Dictionary<string, LevelYaml>? Levels { get; set; }
    public List<SourceFrontMatter>? Sources { get; set; }
    public List<SignYaml>? Signs { get; set; }
}

internal sealed class LevelYaml : YamlObject
{
    public LeadYaml? Lead { get; set; }
    public string? How { get; set; }
}

internal sealed class LeadYaml : YamlObject
{
    public string? Baby { get; set; }
    public string? You { get; set; }
}

internal sealed class SignYaml : YamlObject
{
    public string? Id { get; set; }
    public string? For { get; set; }
    public string? Level { get; set; }
    public string? Text { get; set; }
    public string? Note { get; set; }
    public string? Age { get; set; }
    public List<string>? Words { get; set; }
    public List<string>? Sources { get; set; }
    public List<string>? Aliases { get; set; }
}
