using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace LactationGuide.Web.Content;

/// <summary>The words of a Markdown node as a reader would read them, without markup or citation numbers.</summary>
public static class PlainText
{
    public static string Of(MarkdownObject node)
    {
        var text = new StringBuilder();
        Append(node, text);
        return text.ToString().Trim();
    }

    private static void Append(MarkdownObject node, StringBuilder text)
    {
        switch (node)
        {
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case Markdig.Extensions.Footnotes.FootnoteLink:
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, text);
                }

                break;
            case IDrawnBlock drawn:
                text.Append(drawn.PlainText).Append('\n');
                break;
            case LeafBlock leaf:
                if (leaf.Inline is not null)
                {
                    Append(leaf.Inline, text);
                }

                text.Append('\n');
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Append(child, text);
                }

                break;
        }
    }
}
