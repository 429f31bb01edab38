using System.Collections;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;
using YamlDotNet.Serialization.NodeDeserializers;

namespace LactationGuide.Web.Content;

/// <summary>
/// A node of a strictly read YAML data file (the storage rules, the warning signs) that remembers the line it starts
/// on, so that a problem found after reading is still reported as <c>file:line: reason</c>.
/// </summary>
internal abstract class YamlObject
{
    [YamlIgnore]
    public int Line { get; set; } = 1;
}

/// <summary>A mistake found while reading, at the parser's position, already in an editor's words.</summary>
internal sealed class EditorYamlException(Mark start, Mark end, string reason, Exception? inner = null) : YamlException(start, end, reason, inner)
{
    public string Reason { get; } = reason;
}

internal static class StrictYaml
{
    /// <summary>
    /// The one deserializer every kind of content reads its YAML with (front matter, the warning signs, the storage
    /// rules): camelCase keys, each object's line recorded, no empty entries. YamlDotNet's deserializers can be shared
    /// between threads.
    /// </summary>
    public static IDeserializer Deserializer { get; } = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .WithLineNumbers()
        .WithoutEmptyEntries()
        .Build();

    /// <summary>Records the line of every <see cref="YamlObject"/> the deserializer builds.</summary>
    public static DeserializerBuilder WithLineNumbers(this DeserializerBuilder builder) =>
        builder.WithNodeDeserializer(inner => new LineRecorder(inner), s => s.InsteadOf<ObjectNodeDeserializer>());

    /// <summary>
    /// Lists and maps as an editor means them: an empty entry ("- " with nothing after it, a key with no value) or a
    /// key written twice is a mistake reported at its line, never a null that the checks after reading trip over.
    /// </summary>
    public static DeserializerBuilder WithoutEmptyEntries(this DeserializerBuilder builder) =>
        builder.WithNodeDeserializer(new NoEmptyEntries(), s => s.OnTop());

    /// <summary>
    /// Reads <paramref name="text"/> as one <typeparamref name="T"/>. Every mistake is a <see cref="YamlException"/>
    /// at the parser's position: YamlDotNet's parser throws InvalidOperationException instead for a few documents it
    /// cannot follow (a '...' line in the middle of a file, then more keys), and that becomes one here, at the line
    /// the parser had reached.
    /// </summary>
    public static T? ReadOne<T>(this IDeserializer yaml, string text)
    {
        var parser = new Parser(new StringReader(text));
        try
        {
            return yaml.Deserialize<T?>(parser);
        }
        catch (InvalidOperationException e)
        {
            var at = parser.Current?.End ?? Mark.Empty;
            throw new EditorYamlException(
                at,
                at,
                "YAML cannot read on from here: a line of '...' or '---', or one starting with '%', ends the file's keys early; remove it",
                e);
        }
    }

    /// <summary>A YamlDotNet error at its line, in an editor's words.</summary>
    public static ContentError Error(string file, string text, YamlException e) => new(file, LineOf(e, text), YamlMessages.Explain(e));

    /// <summary>
    /// The line of <paramref name="text"/> the parser stopped on. A file that ends too soon (a list never closed, a
    /// file cut short) is reported at the end of the text, which the parser counts as one line past the last.
    /// </summary>
    public static int LineOf(YamlException e, string text) => (int)Math.Clamp(e.Start.Line, 1, text.Count(c => c == '\n') + 1);

    private sealed class LineRecorder(INodeDeserializer inner) : INodeDeserializer
    {
        public bool Deserialize(IParser reader, Type expectedType, Func<IParser, Type, object?> nestedObjectDeserializer, out object? value, ObjectDeserializer rootDeserializer)
        {
            var start = reader.Current?.Start ?? YamlDotNet.Core.Mark.Empty;
            if (!inner.Deserialize(reader, expectedType, nestedObjectDeserializer, out value, rootDeserializer))
            {
                return false;
            }

            if (value is YamlObject node)
            {
                node.Line = (int)start.Line;
            }

            return true;
        }
    }

    /// <summary>Reads <c>List&lt;T&gt;</c> and <c>Dictionary&lt;string, T&gt;</c>, refusing empty entries and repeated keys.</summary>
    private sealed class NoEmptyEntries : INodeDeserializer
    {
        public bool Deserialize(IParser reader, Type expectedType, Func<IParser, Type, object?> nestedObjectDeserializer, out object? value, ObjectDeserializer rootDeserializer)
        {
            value = null;
            if (!expectedType.IsGenericType)
            {
                return false;
            }

            var definition = expectedType.GetGenericTypeDefinition();
            var arguments = expectedType.GetGenericArguments();
            if (definition == typeof(List<>) && reader.TryConsume<SequenceStart>(out _))
            {
                var list = (IList)Activator.CreateInstance(expectedType)!;
                while (!reader.TryConsume<SequenceEnd>(out _))
                {
                    if (reader.Accept<Scalar>(out var empty) && IsEmpty(empty))
                    {
                        throw new EditorYamlException(empty.Start, empty.End, "an empty entry in a list ('-' with nothing after it): fill it in or remove the line");
                    }

                    list.Add(nestedObjectDeserializer(reader, arguments[0]));
                }

                value = list;
                return true;
            }

            if (definition == typeof(Dictionary<,>) && arguments[0] == typeof(string) && reader.TryConsume<MappingStart>(out _))
            {
                var map = (IDictionary)Activator.CreateInstance(expectedType)!;
                while (!reader.TryConsume<MappingEnd>(out _))
                {
                    var at = reader.Current!;
                    if (nestedObjectDeserializer(reader, typeof(string)) is not string key || key.Length == 0)
                    {
                        throw new EditorYamlException(at.Start, at.End, "a key is missing before the colon");
                    }

                    if (map.Contains(key))
                    {
                        throw new EditorYamlException(at.Start, at.End, $"the key '{key}' is written twice: keep one");
                    }

                    if (reader.Accept<Scalar>(out var empty) && IsEmpty(empty))
                    {
                        throw new EditorYamlException(at.Start, at.End, $"'{key}' has nothing under it: fill it in or remove it");
                    }

                    map.Add(key, nestedObjectDeserializer(reader, arguments[1]));
                }

                value = map;
                return true;
            }

            return false;
        }

        /// <summary>What YAML reads as null: nothing, <c>~</c> or <c>null</c>, unquoted.</summary>
        private static bool IsEmpty(Scalar scalar) =>
            (!scalar.Tag.IsEmpty && !scalar.Tag.IsNonSpecific && scalar.Tag.Value == "tag:yaml.org,2002:null")
            || (scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL");
    }
}
