using LactationGuide.Web.ReadingLists;
using LactationGuide.Web.Tests.Content;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace LactationGuide.Web.Tests.ReadingLists;

/// <summary>How a list's address is read: what is shown, in what order, and what is left out and said so.</summary>
public sealed class ListRequestTests : IDisposable
{
    private readonly string _root = ContentFixture.CopyValid();
    private readonly Lazy<ReadingListCatalog> _catalog;

    public ListRequestTests() => _catalog = new(() => ListFixture.Load(_root).ReadingLists!);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_list_holds_its_items_in_the_order_its_address_names_them()
    {
        var list = Parse("?items=unwell.feeds-hurt,beta.second-section,faq.one,alpha.first-section");

        Assert.Equal(["unwell.feeds-hurt", "beta.second-section", "faq.one", "alpha.first-section"], Keys(list));
        Assert.Empty(list.LeftOut.ToArray());
        Assert.True(list.IsCanonical);
        Assert.Equal("?items=unwell.feeds-hurt,beta.second-section,faq.one,alpha.first-section", list.Query);
    }

    [Theory]
    [InlineData("?items=faq.one&items=alpha.first-section")]
    [InlineData("?items=FAQ.One,%20alpha.first-section%20")]
    [InlineData("?items=faq.one,,alpha.first-section,")]
    [InlineData("?items=faq.one%2Calpha.first-section")]
    [InlineData("?items=faq.one,alpha.first-section&utm_source=x")]
    public void The_same_list_written_another_way_is_read_the_same_but_is_not_its_one_address(string query)
    {
        var list = Parse(query);

        Assert.Equal(["faq.one", "alpha.first-section"], Keys(list));
        Assert.Empty(list.LeftOut.ToArray());
        Assert.False(list.IsCanonical);
        Assert.Equal("?items=faq.one,alpha.first-section", list.Query);
    }

    [Fact]
    public void Unknown_and_repeated_ids_are_left_out_and_named()
    {
        var list = Parse("?items=faq.one,alpha.no-such-section,faq.one,nowhere.at-all");

        Assert.Equal(["faq.one"], Keys(list));
        Assert.Equal(
            [new LeftOut("alpha.no-such-section", LeftOutReason.Unknown), new LeftOut("faq.one", LeftOutReason.Repeated), new LeftOut("nowhere.at-all", LeftOutReason.Unknown)],
            list.LeftOut.ToArray());
        Assert.False(list.IsCanonical);
        Assert.Equal("?items=faq.one", list.Query);
    }

    [Fact]
    public void Items_past_the_twelfth_are_left_out_and_named()
    {
        ContentFixture.Edit(_root, "articles/beta.md", "Text.", "Text.\n" + string.Concat(Enumerable.Range(1, 8).Select(i => $"\n## More {i}\n\nMore text.\n")));
        var catalog = _catalog.Value;
        Assert.True(catalog.Items.Length > ReadingListCatalog.MaxItems, "the fixture has more items than a list holds");

        var list = Parse("?items=" + string.Join(',', catalog.Items.Select(i => i.Key)));

        Assert.Equal(catalog.Items.Take(ReadingListCatalog.MaxItems).Select(i => i.Key.ToString()), Keys(list));
        Assert.Equal(catalog.Items.Skip(ReadingListCatalog.MaxItems).Select(i => new LeftOut(i.Key.ToString(), LeftOutReason.OverLimit)).ToArray(), list.LeftOut.ToArray());
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("faq.one\"><x-reflected>")]
    [InlineData("../../etc/passwd")]
    [InlineData("faq")]
    [InlineData("faq.one.two")]
    [InlineData("faq.-one")]
    [InlineData("caf\u00e9.one")]
    public void Text_that_is_not_an_id_is_left_out_and_never_repeated_back(string piece)
    {
        var list = Parse("?items=faq.one," + Uri.EscapeDataString(piece));

        Assert.Equal(["faq.one"], Keys(list));
        Assert.Equal([new LeftOut(null, LeftOutReason.NotAnId)], list.LeftOut.ToArray());
    }

    [Fact]
    public void An_address_too_long_to_be_a_list_is_not_read_at_all()
    {
        var tooLong = Parse("?items=faq.one," + new string('a', ListRequest.MaxQueryLength));
        var tooMany = Parse("?items=" + string.Join(',', Enumerable.Repeat("faq.one", ListRequest.MaxPieces + 1)));

        Assert.True(tooLong.TooLong);
        Assert.True(tooMany.TooLong);
        Assert.Empty(tooLong.Items);
        Assert.Empty(tooMany.LeftOut);
    }

    [Fact]
    public void No_items_is_an_empty_list()
    {
        var list = Parse("?x=1");

        Assert.True(list.IsEmpty);
        Assert.False(list.IsCanonical);
    }

    private ListRequest Parse(string query) =>
        ListRequest.Parse(query, new QueryCollection(QueryHelpers.ParseQuery(query)), _catalog.Value);

    private static IEnumerable<string> Keys(ListRequest list) => list.Items.Select(i => i.Key.ToString());
}
