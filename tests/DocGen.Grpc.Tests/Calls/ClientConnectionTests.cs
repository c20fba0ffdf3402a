using DocGen.Grpc.Client;
using DocGen.Grpc.Tests.Interop;

namespace DocGen.Grpc.Tests.Calls;

/// <summary>What the client does when there is no server to talk to.</summary>
public sealed class ClientConnectionTests
{
    private const string Nowhere = "http://127.0.0.1:9"; // the discard port: nothing listens

    [Fact]
    public async Task Bidi_NoServer_WriteAndReadFailUnavailableInsteadOfWaiting()
    {
        using var channel = GrpcChannel.ForAddress(Nowhere);
        using var call = channel.DuplexStreaming<EchoRequest, EchoReply>("/interop.v1.Echo/Bidi", EchoReply.Parser);

        // Not a timing assertion: a generous bound so that the old behaviour (waiting forever) fails.
        var write = await Assert.ThrowsAsync<RpcException>(() =>
            call.RequestStream.WriteAsync(new EchoRequest { Message = "hello" }).WaitAsync(TimeSpan.FromSeconds(60)));
        var read = await Assert.ThrowsAsync<RpcException>(() => call.ResponseStream.MoveNext());

        Assert.Equal(StatusCode.Unavailable, write.StatusCode);
        Assert.Equal(StatusCode.Unavailable, read.StatusCode);
    }

    [Fact]
    public async Task Unary_NoServer_Unavailable()
    {
        using var channel = GrpcChannel.ForAddress(Nowhere);

        var e = await Assert.ThrowsAsync<RpcException>(() =>
            channel.UnaryAsync("/interop.v1.Echo/Unary", new EchoRequest { Message = "hello" }, EchoReply.Parser));

        Assert.Equal(StatusCode.Unavailable, e.StatusCode);
    }
}
