using System.Text.Encodings.Web;
using LactationGuide.Web.Search;

namespace LactationGuide.Web.Tests.Search;

public sealed class MarkedTextTests
{
    [Theory]
    [InlineData("keep \u0002milk\u0003 cold", "keep <mark>milk</mark> cold")]
    [InlineData("<script>\u0002x\u0003</script>", "&lt;script&gt;<mark>x</mark>&lt;/script&gt;")]
    [InlineData("\u0002a & \"b\"\u0003", "<mark>a &amp; &quot;b&quot;</mark>")]
    [InlineData("unclosed \u0002mark", "unclosed <mark>mark</mark>")]
    [InlineData("stray \u0003end \u0002\u0002twice\u0003", "stray end <mark>twice</mark>")]
    [InlineData("", "")]
    public void Only_the_markers_become_markup_and_everything_else_is_encoded(string text, string html)
    {
        using var writer = new StringWriter();

        new MarkedText(text).WriteTo(writer, HtmlEncoder.Default);

        Assert.Equal(html, writer.ToString());
    }
}
