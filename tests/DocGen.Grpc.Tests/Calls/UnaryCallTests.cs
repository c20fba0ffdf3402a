using DocGen.Grpc.Client;
using DocGen.Grpc.Tests.Interop;
using DocGen.Grpc.Tests.Support;
using Google.Protobuf;

namespace DocGen.Grpc.Tests.Calls;

public sealed class UnaryCallTests(EchoServerFixture fixture) : IClassFixture<EchoServerFixture>
{
    private GrpcChannel Channel => fixture.Channel;

    [Fact]
    public async Task Unary_Message_IsEchoedWithOkStatus()
    {
        var response = await Channel.UnaryCallAsync("/interop.v1.Echo/Unary",
            new EchoRequest { Message = "年度报告", Payload = ByteString.CopyFromUtf8("abc") }, EchoReply.Parser);

        Assert.Equal("年度报告", response.Message.Message);
        Assert.Equal("abc", response.Message.Payload.ToStringUtf8());
        Assert.Equal("0", response.Trailers["grpc-status"]);
        Assert.Equal("application/grpc", response.Headers["content-type"]);
    }

    [Fact]
    public async Task Unary_HandlerAddsTrailer_ClientSeesIt()
    {
        var headers = new Dictionary<string, string> { ["x-echo-trailer"] = "seen" };

        var response = await Channel.UnaryCallAsync("/interop.v1.Echo/Unary", new EchoRequest { Message = "m" },
            EchoReply.Parser, new CallOptions(Headers: headers));

        Assert.Equal("seen", response.Trailers["x-echo-trailer"]);
    }

    [Fact]
    public async Task Unary_EmptyMessage_RoundTrips()
    {
        var reply = await Channel.UnaryAsync("/interop.v1.Echo/Unary", new EchoRequest(), EchoReply.Parser);

        Assert.Equal(new EchoReply(), reply);
    }

    [Fact]
    public async Task Unary_ManyConcurrentCalls_EachGetsItsOwnAnswer()
    {
        var calls = Enumerable.Range(0, 200).Select(i =>
            Channel.UnaryAsync("/interop.v1.Echo/Unary", new EchoRequest { Message = $"call {i}" }, EchoReply.Parser));

        var replies = await Task.WhenAll(calls);

        Assert.Equal(Enumerable.Range(0, 200).Select(i => $"call {i}"), replies.Select(r => r.Message));
    }
}
