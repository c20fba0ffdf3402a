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

    [Fact]
    public async Task Unary_Context_ShowsPeerMethodAndDeadline()
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);
        var headers = new Dictionary<string, string> { ["x-echo-context"] = "1" };

        var response = await Channel.UnaryCallAsync("/interop.v1.Echo/Unary", new EchoRequest(), EchoReply.Parser,
            new CallOptions(Deadline: deadline, Headers: headers));

        Assert.StartsWith("ipv4:127.0.0.1:", response.Trailers["x-peer"]);
        Assert.Equal("/interop.v1.Echo/Unary", response.Trailers["x-method"]);
        var seen = DateTime.Parse(response.Trailers["x-deadline"], null, System.Globalization.DateTimeStyles.RoundtripKind);
        Assert.InRange(seen, deadline.AddSeconds(-5), deadline.AddSeconds(1));
    }

    [Fact]
    public async Task Unary_NoTimeout_DeadlineIsMaxValue()
    {
        var headers = new Dictionary<string, string> { ["x-echo-context"] = "1" };

        var response = await Channel.UnaryCallAsync("/interop.v1.Echo/Unary", new EchoRequest(), EchoReply.Parser,
            new CallOptions(Headers: headers));

        Assert.Equal(DateTime.MaxValue.ToString("O"), response.Trailers["x-deadline"]);
    }
}
