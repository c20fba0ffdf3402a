using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Headers;

namespace DocGen.Server.Tests.Support;

/// <summary>
/// A gRPC request body that sends its first bytes and then holds the stream open, unfinished,
/// until released: a client that stalls mid-message. <c>sent</c>, when given, completes once the
/// first bytes are written.
/// </summary>
internal sealed class HeldBody(byte[] start, Task release, TaskCompletionSource? sent = null) : HttpContent
{
    /// <summary>A POST of <paramref name="method"/> whose body is <paramref name="start"/>, then nothing until <paramref name="release"/>.</summary>
    public static HttpRequestMessage Post(string method, byte[] start, Task release, TaskCompletionSource? sent = null)
    {
        var request = RawGrpc.Post(method, [], "application/grpc");
        request.Content = new HeldBody(start, release, sent);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        return request;
    }

    /// <summary>A message's length prefix declaring <paramref name="declared"/> bytes, and <paramref name="sent"/> of them.</summary>
    public static byte[] Prefix(uint declared, int sent)
    {
        var start = new byte[5 + sent];
        BinaryPrimitives.WriteUInt32BigEndian(start.AsSpan(1), declared);
        return start;
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        await stream.WriteAsync(start);
        await stream.FlushAsync();
        sent?.TrySetResult();
        await release;
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
