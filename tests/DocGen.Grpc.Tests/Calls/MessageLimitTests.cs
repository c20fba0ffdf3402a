using DocGen.Grpc.Client;
using DocGen.Grpc.Tests.Interop;
using DocGen.Grpc.Tests.Support;
using Google.Protobuf;

namespace DocGen.Grpc.Tests.Calls;

public sealed class MessageLimitTests(EchoServerFixture fixture) : IClassFixture<EchoServerFixture>
{
    private GrpcChannel Channel => fixture.Channel;

    [Fact]
    public async Task Unary_RequestOverReceiveLimit_IsResourceExhausted()
    {
        var request = new EchoRequest { Payload = ByteString.CopyFrom(new byte[EchoServer.MaxReceiveMessageSize + 1]) };

        var error = await Assert.ThrowsAsync<RpcException>(() => Channel.UnaryAsync("/interop.v1.Echo/Unary", request, EchoReply.Parser));

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
    }

    [Fact]
    public async Task Unary_PrefixAnnouncesHugeMessage_IsRefusedBeforeTheBodyArrives()
    {
        using var client = new RawGrpcClient(fixture.Server.Address);
        byte[] prefixOnly =
        [
            0x00,                   // not compressed
            0x7F, 0xFF, 0xFF, 0xFF, // 2 GiB announced, never sent
        ];

        var response = await client.PostBytesAsync("/interop.v1.Echo/Unary", prefixOnly);

        Assert.Equal("8", response.Status);
    }

    [Fact]
    public async Task Unary_GzipRequestInflatingPastLimit_IsResourceExhausted()
    {
        // Zeros compress about 1000:1, so this is small on the wire and 1 MiB + 1 once inflated.
        var request = new EchoRequest { Payload = ByteString.CopyFrom(new byte[EchoServer.MaxReceiveMessageSize + 1]) };

        var error = await Assert.ThrowsAsync<RpcException>(() => Channel.UnaryAsync("/interop.v1.Echo/Unary", request,
            EchoReply.Parser, new CallOptions(CompressRequest: true)));

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
    }

    [Fact]
    public async Task Big_ReplyUnderSendLimit_Arrives()
    {
        var reply = await Channel.UnaryAsync("/interop.v1.Echo/Big", new BigRequest { Size = 1_500_000 }, EchoReply.Parser);

        Assert.Equal(1_500_000, reply.Payload.Length);
    }

    [Fact]
    public async Task Big_ReplyOverSendLimit_IsResourceExhausted()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            Channel.UnaryAsync("/interop.v1.Echo/Big", new BigRequest { Size = EchoServer.MaxSendMessageSize + 1 }, EchoReply.Parser));

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
    }

    [Fact]
    public async Task Big_ReplyOverClientReceiveLimit_IsResourceExhaustedOnTheClient()
    {
        using var channel = fixture.Server.CreateChannel(new GrpcChannelOptions { MaxReceiveMessageSize = 1000 });

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            channel.UnaryAsync("/interop.v1.Echo/Big", new BigRequest { Size = 2000 }, EchoReply.Parser));

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
    }

    [Fact]
    public async Task ServerStream_ReplyOverClientReceiveLimit_EndsTheCallWithResourceExhausted()
    {
        using var channel = fixture.Server.CreateChannel(new GrpcChannelOptions { MaxReceiveMessageSize = 10 });
        using var call = channel.DuplexStreaming<StreamRequest, EchoReply>("/interop.v1.Echo/ServerStream", EchoReply.Parser);
        await call.RequestStream.WriteAsync(new StreamRequest { Message = "longer than ten bytes", Count = 2 });
        await call.RequestStream.CompleteAsync();

        var error = await Assert.ThrowsAsync<RpcException>(() => call.ResponseStream.MoveNext());

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
        Assert.Equal(StatusCode.ResourceExhausted, call.GetStatus().StatusCode);
    }
}
