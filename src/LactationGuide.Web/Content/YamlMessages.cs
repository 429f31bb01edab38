using System.Reflection;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace LactationGuide.Web.Content;

/// <summary>
/// YamlDotNet's errors in the words of the editor who made the mistake: "unknown key 'ordr': did you mean 'order'?",
/// not "Property 'ordr' not found on type 'LactationGuide.Web.Content.ArticleFrontMatter'". Every file read as YAML
/// (front matter, the storage rules, the warning signs) reports through here.
/// </summary>
internal static partial class YamlMessages
{
    public static string Explain(YamlException e)
    {
        if ((e as EditorYamlException ?? e.InnerException as EditorYamlException) is { } own)
        {
            return own.Reason;
        }

        var outer = FirstLine(e.Message);
        if (UnknownProperty().Match(outer) is { Success: true } unknown)
        {
            return UnknownKey(unknown.Groups["key"].Value, typeof(YamlMessages).Assembly.GetType(unknown.Groups["type"].Value));
        }

        var message = FirstLine(e.InnerException?.Message ?? e.Message);
        return message switch
        {
            _ when UnknownProperty().Match(message) is { Success: true } inner =>
                UnknownKey(inner.Groups["key"].Value, typeof(YamlMessages).Assembly.GetType(inner.Groups["type"].Value)),
            _ when Has(message, "found invalid mapping") || Has(message, "Mapping values are not allowed") =>
                "YAML reads a colon followed by a space as the start of a new key: put the whole value in double quotes",
            _ when Has(message, "quoted scalar") =>
                "a quote opened here is never closed",
            _ when Has(message, "cannot start any token") =>
                "a value here starts with a character YAML does not allow there (a tab, @ or `): indent with spaces, " +
                "or put the value in double quotes",
            _ when Has(message, "did not find expected key") || Has(message, "did not find expected '-' indicator") =>
                "YAML expected the next 'key: value' line here: check the indentation, and that every quote is closed",
            _ when Has(message, "same key has already been added") || Has(message, "Duplicate key") =>
                "this key is written twice: keep one",
            _ when Has(message, "Expected 'SequenceStart'") =>
                "this key takes a list: write it as [a, b], or as lines that start with '- '",
            _ when Has(message, "Expected 'MappingStart'") =>
                "this takes keys under it ('key: value' lines), not a single value",
            _ when Has(message, "Expected 'Scalar'") =>
                "this key takes a single value, not a list or keys under it",
            _ when e.InnerException is FormatException or OverflowException || Has(message, "not in a correct format") =>
                "this value is not of the kind the key takes (a whole number, a date written as YYYY-MM-DD, or true or false)",
            // The value is a list or a mapping where the key takes something else, or the other way round.
            _ when Has(message, "No node deserializer was able to deserialize the node into type") || e.InnerException is InvalidCastException =>
                WrongShape(message),
            _ => $"YAML could not read this line ({message.TrimEnd('.')})",
        };
    }

    private static string WrongShape(string message)
    {
        // The type the key takes is the last one named: "... into type X" or "Invalid cast from 'A' to 'X'".
        var target = message[Math.Max(message.LastIndexOf(" to '", StringComparison.Ordinal), message.LastIndexOf("type ", StringComparison.Ordinal))..];
        if (Has(target, "List`1") || target.Contains("[]", StringComparison.Ordinal))
        {
            return "this key takes a list: write it as [a, b], or as lines that start with '- '";
        }

        return Has(target, "System.")
            ? "this key takes a single value, not a list or keys under it"
            : "this takes keys under it ('key: value' lines), not a single value";
    }

    /// <summary>Names the key, the nearest allowed one, and every key allowed at that place.</summary>
    public static string UnknownKey(string key, Type? type)
    {
        var allowed = type is null ? [] : AllowedKeys(type);
        if (allowed.Count == 0)
        {
            return $"unknown key '{key}'";
        }

        var nearest = allowed
            .Select(k => (Key: k, Distance: Distance(key.ToLowerInvariant(), k.ToLowerInvariant())))
            .Where(k => k.Distance <= Math.Max(2, key.Length / 3))
            .OrderBy(k => k.Distance)
            .Select(k => k.Key)
            .FirstOrDefault();
        var list = string.Join(", ", allowed);
        return nearest is null
            ? $"unknown key '{key}'; the keys allowed here are {list}"
            : $"unknown key '{key}': did you mean '{nearest}'? The keys allowed here are {list}";
    }

    /// <summary>The keys a type reads, as they are written in the YAML (camelCase, or their alias).</summary>
    public static IReadOnlyList<string> AllowedKeys(Type type) =>
    [
        .. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.GetCustomAttribute<YamlIgnoreAttribute>() is null)
            .Select(p => p.GetCustomAttribute<YamlMemberAttribute>()?.Alias ?? char.ToLowerInvariant(p.Name[0]) + p.Name[1..]),
    ];

    /// <summary>Levenshtein distance: how many letters must change to turn one word into the other.</summary>
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }

    private static bool Has(string message, string part) => message.Contains(part, StringComparison.OrdinalIgnoreCase);

    private static string FirstLine(string message) => message.Split('\n')[0].TrimEnd('\r');

    [GeneratedRegex(@"^Property '(?<key>[^']*)' not found on type '(?<type>[^']+)'")]
    private static partial Regex UnknownProperty();
}
