using System.Collections.Frozen;
using LactationGuide.Web.Content;
using LactationGuide.Web.Site;
using LactationGuide.Web.WarningSigns;
using QRCoder;

namespace LactationGuide.Web.Sharing;

/// <summary>What a printed page needs to lead its reader back online: its full address and a QR code of it.</summary>
/// <param name="Address">The page's public address, from the configured base URL (never the request's Host).</param>
/// <param name="QrCodeSvg">An inline SVG of <paramref name="Address"/>: one path with a fill attribute, no style attributes.</param>
public sealed partial record Handout(Uri Address, string QrCodeSvg)
{
    /// <summary>The address cut after each slash, where a narrow printed column may wrap it without splitting a word.</summary>
    public IEnumerable<string> AddressParts => AfterSlash().Split(Address.AbsoluteUri).Where(part => part.Length > 0);

    [System.Text.RegularExpressions.GeneratedRegex("(?<=/)(?!/)")]
    private static partial System.Text.RegularExpressions.Regex AfterSlash();
}

/// <summary>
/// The handouts of the pages a consultant prints: every article, every FAQ answer, the FAQ page and the warning signs. QR codes are
/// deterministic, so each is drawn once per content library (again only after a reload) rather than per request,
/// and only when its page is first asked for: drawing all of them up front took half a second of the first
/// request with 1,000 articles, and kept a QR code in memory for pages nobody had opened.
/// </summary>
public sealed class Handouts(ContentLibraryProvider content, SiteUrls urls)
{
    public const string FaqPagePath = "/faq";

    private volatile Snapshot? _snapshot;

    /// <summary>The handout of the page at <paramref name="path"/> (such as <c>/articles/milk-storage</c>), or null if it has none.</summary>
    public Handout? For(string path) => Current().ByPath.GetValueOrDefault(path)?.Value;

    /// <summary>
    /// The handout of an address made by its reader, such as a reading list's (<c>/list?items=…</c>): drawn each time it
    /// is asked for, as there are too many such addresses to keep; the page it is on is kept in the output cache instead.
    /// </summary>
    public Handout ForAddress(string pathAndQuery) => Draw(urls.Absolute(pathAndQuery));

    private Snapshot Current()
    {
        var library = content.Current;
        var snapshot = _snapshot;
        if (snapshot?.Library != library)
        {
            // Two requests racing here both build the same immutable result; the second simply replaces the first.
            snapshot = new Snapshot(library, Build(library));
            _snapshot = snapshot;
        }

        return snapshot;
    }

    private FrozenDictionary<string, Lazy<Handout>> Build(ContentLibrary library)
    {
        var paths = library.Articles.Select(a => a.Url).Concat(library.Faq.Select(f => f.Url)).Append(FaqPagePath)
            .Concat(library.WarningSigns is null ? [] : [WarningSignList.PagePath]);
        return paths.ToFrozenDictionary(path => path, path => new Lazy<Handout>(() => Draw(urls.Absolute(path))), StringComparer.Ordinal);
    }

    private static Handout Draw(Uri address)
    {
        // Level M survives a crease or a coffee ring on a printed handout without making the code much denser.
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(address.AbsoluteUri, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(1, "#000000", "#ffffff", drawQuietZones: true, SvgQRCode.SizingMode.ViewBoxAttribute);
        if (!svg.StartsWith("<svg ", StringComparison.Ordinal) || svg.Contains("style", StringComparison.OrdinalIgnoreCase))
        {
            // The site's Content-Security-Policy forbids inline styles; fail loudly if QRCoder's output ever changes.
            throw new InvalidOperationException("QRCoder's SVG is not the plain <svg> with presentation attributes the handout expects.");
        }

        // The address is printed beside the code, so the picture itself is decoration to a screen reader.
        return new Handout(address, "<svg class=\"handout-qr\" aria-hidden=\"true\" focusable=\"false\" " + svg["<svg ".Length..]);
    }

    private sealed record Snapshot(ContentLibrary Library, FrozenDictionary<string, Lazy<Handout>> ByPath);
}
