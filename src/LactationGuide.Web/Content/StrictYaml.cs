using YamlDotNet.Core;
using YamlDotNet.Serialization;
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

internal static class StrictYaml
{
    /// <summary>Records the line of every <see cref="YamlObject"/> the deserializer builds.</summary>
    public static DeserializerBuilder WithLineNumbers(this DeserializerBuilder builder) =>
        builder.WithNodeDeserializer(inner => new LineRecorder(inner), s => s.InsteadOf<ObjectNodeDeserializer>());

    /// <summary>A YamlDotNet error at its line, in an editor's words.</summary>
    public static ContentError Error(string file, YamlException e) => new(file, (int)e.Start.Line, YamlMessages.Explain(e));

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
}
