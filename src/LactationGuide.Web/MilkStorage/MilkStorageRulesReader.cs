using System.Collections.Immutable;
using LactationGuide.Web.Content;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization.NodeDeserializers;

namespace LactationGuide.Web.MilkStorage;

/// <summary>
/// Reads <c>milk-storage-rules.yaml</c> strictly (an unknown key is an error) and checks it, reporting every problem
/// as <c>file:line: reason</c>. The sources are only names until <see cref="ParsedRules.Resolve"/> matches them with
/// the sources of the article that shows the rules.
/// </summary>
internal static class MilkStorageRulesReader
{
    public const string FileName = "milk-storage-rules.yaml";

    /// <summary>The limit of a place the guideline gives no time for.</summary>
    public const string NoLimit = "none";

    public static ParsedRules? Read(string file, string text, Action<ContentError> error)
    {
        RulesYaml? yaml;
        try
        {
            yaml = StrictYaml.Deserializer.ReadOne<RulesYaml>(text);
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

        var errors = new List<ContentError>();
        void Error(YamlObject at, string reason) => errors.Add(new ContentError(file, at.Line, reason));

        CheckGuidelines(yaml, Error);
        CheckPlaces(yaml, Error);
        foreach (var e in errors)
        {
            error(e);
        }

        return errors.Count > 0 ? null : new ParsedRules(file, yaml);
    }

    private static void CheckGuidelines(RulesYaml yaml, Action<YamlObject, string> error)
    {
        if (yaml.Guidelines is not { Count: > 0 })
        {
            error(yaml, "the file needs a list of guidelines");
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var g in yaml.Guidelines)
        {
            var problem = g switch
            {
                { Id: null or "" } => "every guideline needs an id",
                { Id: var id } when !seen.Add(id) => $"the guideline id '{id}' is used twice",
                { Name: null or "" } or { LongName: null or "" } or { Heading: null or "" } => $"guideline '{g.Id}' needs a name, longName and heading",
                { Sources: null or { Count: 0 } } => $"guideline '{g.Id}' needs its sources",
                _ => null,
            };
            if (problem is not null)
            {
                error(g, problem);
            }
        }
    }

    private static void CheckPlaces(RulesYaml yaml, Action<YamlObject, string> error)
    {
        var places = yaml.Places ?? [];
        var ids = places.Select(p => p.Id).ToList();
        var expected = StoragePlaces.AllIds.ToList();
        if (!ids.SequenceEqual(expected))
        {
            error(yaml.Places is null ? yaml : places.FirstOrDefault() ?? (YamlObject)yaml, $"places must be, in this order: {string.Join(", ", expected)}");
        }

        // A guideline id written twice is reported above; its first entry is the one the rules are checked against.
        var guidelines = (yaml.Guidelines ?? []).DistinctBy(g => g.Id ?? "").ToDictionary(g => g.Id ?? "", StringComparer.Ordinal);
        foreach (var place in places)
        {
            if (string.IsNullOrWhiteSpace(place.Name) || string.IsNullOrWhiteSpace(place.Heading))
            {
                error(place, $"place '{place.Id}' needs a name and a heading");
            }

            foreach (var advice in place.WhatNext ?? [])
            {
                if (string.IsNullOrWhiteSpace(advice.Text) || advice.Sources is not { Count: > 0 })
                {
                    error(advice, "every piece of advice needs a text and its sources");
                }
            }

            var rules = place.Rules ?? [];
            foreach (var g in guidelines.Keys.Where(g => !rules.ContainsKey(g)))
            {
                error(place, $"place '{place.Id}' has no rule for the guideline '{g}'");
            }

            foreach (var (guideline, rule) in rules)
            {
                if (!guidelines.TryGetValue(guideline, out var g))
                {
                    error(rule, $"'{guideline}' is not one of the guidelines");
                    continue;
                }

                foreach (var problem in RuleProblems(place, rule, g))
                {
                    error(rule, $"{place.Id}, {guideline}: {problem}");
                }
            }
        }
    }

    private static IEnumerable<string> RuleProblems(PlaceYaml place, RuleYaml rule, GuidelineYaml guideline)
    {
        if (rule.Limit == NoLimit)
        {
            // A guideline that gives no time says so in the note; nothing else about a time it does not give.
            if (rule.Note is null)
            {
                yield return "'limit: none' needs a note saying what the guideline says instead";
            }

            if (rule.Condition is not null || rule.By is not null || rule.Allowance is not null || rule.OnlyAfter is not null || rule.UseStraightAway || rule.CountsFrom is not null)
            {
                yield return "'limit: none' takes only a note and sources: there is no time for a condition, by, allowance, onlyAfter, useStraightAway or countsFrom to qualify";
            }
        }
        else if (!StorageLimit.TryParse(rule.Limit, out _))
        {
            yield return $"limit must be a whole number of hours, days, weeks or months, written like '4 hours' or '1 day', or 'none' when the guideline gives no time, not '{rule.Limit}'";
        }

        if (rule.OnlyAfter is { } after && (!StoragePlaces.TryParse(after, out var before) || before.Id() == place.Id))
        {
            yield return $"onlyAfter must name another place, not '{after}'";
        }

        if (rule.CountsFrom is { } from && ParseCountsFrom(from) is null)
        {
            yield return $"countsFrom must be expressed, arrival or out-of-freezer, not '{from}'";
        }

        foreach (var sentence in new[] { rule.Allowance, rule.Note })
        {
            if (sentence is not null && !sentence.TrimEnd().EndsWith('.'))
            {
                yield return $"allowance and note are full sentences, ending with a full stop: '{sentence}'";
            }
        }

        if (rule.Condition is { } condition && (string.IsNullOrWhiteSpace(condition) || condition.TrimEnd().EndsWith('.') || char.IsUpper(condition.TrimStart()[0])))
        {
            yield return "condition follows \"Up to 4 hours\": write it in lower case without a full stop, or leave the key out";
        }

        if (rule.Sources is not { Count: > 0 })
        {
            yield return "every rule needs its sources";
        }
        else
        {
            foreach (var source in rule.Sources.Where(s => guideline.Sources?.Contains(s) != true))
            {
                yield return $"the source '{source}' is not one of guideline '{guideline.Id}''s sources";
            }
        }
    }

    internal static CountsFrom? ParseCountsFrom(string? text) => text switch
    {
        "expressed" => CountsFrom.Expressed,
        "arrival" => CountsFrom.Arrival,
        "out-of-freezer" => CountsFrom.OutOfFreezer,
        _ => null,
    };
}

/// <summary>The checked file, its sources still names: resolved against the article that shows the table.</summary>
internal sealed class ParsedRules(string file, RulesYaml yaml)
{
    public string File { get; } = file;

    /// <summary>
    /// Builds the rules with the article's own <see cref="Source"/> records, so that the planner and the article cite
    /// exactly the same sources. Reports a rule citing a source the article does not list.
    /// </summary>
    public MilkStorageRules? Resolve(IReadOnlyDictionary<string, Source> articleSources, string articleFile, Action<ContentError> error)
    {
        var ok = true;
        ImmutableArray<Source> Sources(YamlObject at, IEnumerable<string> ids)
        {
            var result = ImmutableArray.CreateBuilder<Source>();
            foreach (var id in ids)
            {
                if (articleSources.TryGetValue(id, out var source))
                {
                    result.Add(source);
                }
                else
                {
                    ok = false;
                    error(new ContentError(File, at.Line, $"the source '{id}' is not a source of {Path.GetFileName(articleFile)}, which shows these rules"));
                }
            }

            return result.ToImmutable();
        }

        var guidelines = yaml.Guidelines!
            .Select(g => new Guideline(g.Id!, g.Name!, g.LongName!, g.Heading!, Sources(g, g.Sources!)))
            .ToImmutableArray();
        var places = yaml.Places!
            .Select(p => new PlaceInfo(
                Parse(p.Id),
                p.Name!,
                p.Heading!,
                [.. (p.WhatNext ?? []).Select(a => new Advice(a.Text!.Trim(), Sources(a, a.Sources!)))]))
            .ToImmutableArray();
        var rules = yaml.Places!.SelectMany(p => p.Rules!.Select(r =>
        {
            var place = Parse(p.Id);
            var rule = r.Value;
            StorageLimit? limit = StorageLimit.TryParse(rule.Limit, out var time) ? time : null;
            return new StorageRule(
                place,
                guidelines.Single(g => g.Id == r.Key),
                limit,
                rule.Condition?.Trim(),
                rule.By?.Trim(),
                rule.Allowance?.Trim(),
                rule.Note?.Trim(),
                rule.OnlyAfter is null ? null : Parse(rule.OnlyAfter),
                rule.UseStraightAway,
                MilkStorageRulesReader.ParseCountsFrom(rule.CountsFrom) ?? place.DefaultStart(),
                Sources(rule, rule.Sources!));
        })).ToList();

        return ok ? new MilkStorageRules(guidelines, places, rules) : null;
    }

    private static StoragePlace Parse(string? id) => StoragePlaces.TryParse(id, out var place) ? place : throw new InvalidOperationException($"unchecked place '{id}'");
}

// What the rules file says, as written; these types exist so that YamlDotNet rejects a key not listed here.

internal sealed class RulesYaml : YamlObject
{
    public List<GuidelineYaml>? Guidelines { get; set; }
    public List<PlaceYaml>? Places { get; set; }
}

internal sealed class GuidelineYaml : YamlObject
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? LongName { get; set; }
    public string? Heading { get; set; }
    public List<string>? Sources { get; set; }
}

internal sealed class PlaceYaml : YamlObject
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? Heading { get; set; }
    public List<AdviceYaml>? WhatNext { get; set; }
    public Dictionary<string, RuleYaml>? Rules { get; set; }
}

internal sealed class AdviceYaml : YamlObject
{
    public string? Text { get; set; }
    public List<string>? Sources { get; set; }
}

internal sealed class RuleYaml : YamlObject
{
    public string? Limit { get; set; }
    public string? Condition { get; set; }
    public string? By { get; set; }
    public string? Allowance { get; set; }
    public string? Note { get; set; }
    public string? OnlyAfter { get; set; }
    public bool UseStraightAway { get; set; }
    public string? CountsFrom { get; set; }
    public List<string>? Sources { get; set; }
}
