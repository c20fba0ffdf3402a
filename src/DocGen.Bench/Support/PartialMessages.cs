using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Headers;

namespace DocGen.Bench.Support;

/// <summary>
/// Raw HTTP/2 gRPC requests whose message never finishes (the shape of
/// tests/DocGen.Server.Tests/Adversarial/IntakeTests): a length prefix declaring
/// <c>declared</c> bytes, then <c>sent</c> of them, then nothing until the request is cancelled.
/// </summary>
public static class PartialMessages
{
    /// <summary>An HTTP/2 client with prior knowledge (h2c) on a connection of its own.</summary>
    public static HttpClient H2cClient(string address) => new(new SocketsHttpHandler { EnableMultipleHttp2Connections = false })
    {
        BaseAddress = new Uri(address),
        DefaultRequestVersion = HttpVersion.Version20,
        DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        Timeout = Timeout.InfiniteTimeSpan,
    };

    public static HttpRequestMessage Request(string path, uint declared, int sent, Task release)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new StallingContent(declared, sent, release),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        request.Headers.TryAddWithoutValidation("te", "trailers");
        return request;
    }

    /// <summary>The grpc-status of an answer (trailers, or the headers of a trailers-only answer), or null.</summary>
    public static string? Status(HttpResponseMessage response) =>
        response.TrailingHeaders.TryGetValues("grpc-status", out var t) ? t.First()
        : response.Headers.TryGetValues("grpc-status", out var h) ? h.First()
        : null;

    private sealed class StallingContent(uint declared, int sent, Task release) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var start = new byte[5 + sent];
            BinaryPrimitives.WriteUInt32BigEndian(start.AsSpan(1), declared);
            await stream.WriteAsync(start);
            await stream.FlushAsync();
            await release;
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
