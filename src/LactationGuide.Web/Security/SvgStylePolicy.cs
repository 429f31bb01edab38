using System.Security.Cryptography;
using System.Xml;
using System.Xml.Linq;
using Microsoft.Extensions.FileProviders;

namespace LactationGuide.Web.Security;

/// <summary>
/// The Content-Security-Policy for the site's SVG images. The diagrams carry their colours in a &lt;style&gt; element
/// (so they can switch them for dark mode), which the pages' policy would block when a reader opens a diagram on its
/// own. This policy allows exactly those style elements, by hash, and nothing else: no script, no loads at all.
/// </summary>
/// <remarks>
/// Worked out when the first diagram is served rather than at start-up: reading every SVG's XML is work the first page
/// does not need.
/// </remarks>
public sealed class SvgStylePolicy(IWebHostEnvironment environment)
{
    private readonly Lazy<string> _contentSecurityPolicy = new(() => Build(environment.WebRootFileProvider));

    public string ContentSecurityPolicy => _contentSecurityPolicy.Value;

    private static string Build(IFileProvider webRoot)
    {
        var hashes = Files(webRoot, "")
            .SelectMany(StyleBlocks)
            .Select(css => $"'sha256-{Convert.ToBase64String(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(css)))}'")
            .Distinct()
            .Order(StringComparer.Ordinal);
        var styleSrc = string.Join(' ', hashes);
        return "default-src 'none'; " + (styleSrc.Length > 0 ? $"style-src {styleSrc}; " : "")
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    }

    private static IEnumerable<IFileInfo> Files(IFileProvider files, string directory)
    {
        foreach (var entry in files.GetDirectoryContents(directory))
        {
            var path = directory.Length == 0 ? entry.Name : directory + "/" + entry.Name;
            if (entry.IsDirectory)
            {
                foreach (var file in Files(files, path))
                {
                    yield return file;
                }
            }
            else if (entry.Name.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
            {
                yield return entry;
            }
        }
    }

    /// <summary>CSP hashes an element's text as the browser's XML parser sees it: entities decoded, line ends as LF.</summary>
    private static IEnumerable<string> StyleBlocks(IFileInfo file)
    {
        using var stream = file.CreateReadStream();
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(stream, settings);
        return XDocument.Load(reader).Descendants()
            .Where(e => e.Name.LocalName == "style")
            .Select(e => e.Value)
            .ToList();
    }
}
