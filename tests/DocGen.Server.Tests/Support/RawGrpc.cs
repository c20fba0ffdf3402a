using System.Buffers.Binary;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Google.Protobuf;

namespace DocGen.Server.Tests.Support;

/// <summary>
/// gRPC framing by hand over HttpClient, to see what crosses the wire: the compressed flag of
/// each message, content types and HTTP statuses a generated client hides.
/// </summary>
public static class RawGrpc
{
    /// <summary>One length-prefixed message (flag byte, 4-byte big-endian length, payload), gzip-compressed when asked.</summary>
    public static byte[] Frame(IMessage message, bool gzip = false)
    {
        var payload = message.ToByteArray();
        if (gzip) payload = Gzip(payload);
        var frame = new byte[5 + payload.Length];
        frame[0] = gzip ? (byte)1 : (byte)0;
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1), (uint)payload.Length);
        payload.CopyTo(frame, 5);
        return frame;
    }

    public static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest)) gzip.Write(bytes);
        return output.ToArray();
    }

    /// <summary>The frames of a response body: (flag, payload) each; flag 0x80 marks a gRPC-Web trailer frame.</summary>
    public static List<(byte Flag, byte[] Payload)> Frames(byte[] body)
    {
        var frames = new List<(byte, byte[])>();
        for (var at = 0; at + 5 <= body.Length;)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(body.AsSpan(at + 1));
            frames.Add((body[at], body[(at + 5)..(at + 5 + length)]));
            at += 5 + length;
        }
        return frames;
    }

    /// <summary>An HTTP/2 client with prior knowledge (h2c), as gRPC clients connect without TLS.</summary>
    public static HttpClient H2cClient(string address) => new(new SocketsHttpHandler())
    {
        BaseAddress = new Uri(address),
        DefaultRequestVersion = HttpVersion.Version20,
        DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
    };

    /// <summary>A POST over HTTP/2 (h2c with prior knowledge), or HTTP/1.1 when <paramref name="http11"/>.</summary>
    public static HttpRequestMessage Post(string path, byte[] body, string contentType, params (string Name, string Value)[] headers) =>
        Post(path, body, contentType, http11: false, headers);

    public static HttpRequestMessage Post(string path, byte[] body, string contentType, bool http11, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new ByteArrayContent(body),
            Version = http11 ? HttpVersion.Version11 : HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.TryAddWithoutValidation("te", "trailers");
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        return request;
    }

    /// <summary>A header from the trailers, or from the headers of a trailers-only answer.</summary>
    public static string? StatusHeader(HttpResponseMessage response, string name) =>
        response.TrailingHeaders.TryGetValues(name, out var t) ? t.First()
        : response.Headers.TryGetValues(name, out var h) ? h.First()
        : null;
}
