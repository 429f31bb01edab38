using System.Net.Sockets;
using System.Text;

namespace LactationGuide.Web.Tests.Security;

/// <summary>Sends bytes exactly as given, for requests no well-behaved client would send.</summary>
internal static class RawHttp
{
    public sealed record Response(int Status, string Head, string Body);

    public static async Task<Response?> SendAsync(Uri server, byte[] request)
    {
        using var tcp = new TcpClient();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await tcp.ConnectAsync(server.Host, server.Port, timeout.Token);
        var stream = tcp.GetStream();
        try
        {
            await stream.WriteAsync(request, timeout.Token);
        }
        catch (IOException)
        {
            // The server may answer and close before it has read a huge request; what it answered still counts.
        }

        var received = new MemoryStream();
        try
        {
            await stream.CopyToAsync(received, timeout.Token);
        }
        catch (IOException)
        {
            // Connection reset after the response: keep what arrived.
        }

        var text = Encoding.Latin1.GetString(received.ToArray());
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (!text.StartsWith("HTTP/1.", StringComparison.Ordinal) || split < 0)
        {
            return null;
        }

        var head = text[..split];
        var body = text[(split + 4)..];
        if (head.Contains("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase))
        {
            body = Dechunk(body);
        }

        return new Response(int.Parse(head[9..12]), head, Encoding.UTF8.GetString(Encoding.Latin1.GetBytes(body)));
    }

    public static byte[] Request(string method, string target, params string[] headers) => Request(method, target, headers, body: "");

    /// <summary>A request with a body, its Content-Length counted here.</summary>
    public static byte[] Request(string method, string target, IEnumerable<string> headers, string body)
    {
        var text = new StringBuilder($"{method} {target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
        foreach (var header in headers)
        {
            text.Append(header).Append("\r\n");
        }

        if (body.Length > 0)
        {
            text.Append("Content-Length: ").Append(Encoding.Latin1.GetByteCount(body)).Append("\r\n");
        }

        return Encoding.Latin1.GetBytes(text.Append("\r\n").Append(body).ToString());
    }

    private static string Dechunk(string body)
    {
        var result = new StringBuilder();
        var position = 0;
        while (position < body.Length)
        {
            var lineEnd = body.IndexOf("\r\n", position, StringComparison.Ordinal);
            if (lineEnd < 0 || !int.TryParse(body.AsSpan(position, lineEnd - position), System.Globalization.NumberStyles.HexNumber, null, out var size) || size == 0)
            {
                break;
            }

            result.Append(body, lineEnd + 2, Math.Min(size, body.Length - lineEnd - 2));
            position = lineEnd + 2 + size + 2;
        }

        return result.ToString();
    }
}
