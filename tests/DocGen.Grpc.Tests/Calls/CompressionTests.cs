using System.IO.Compression;
using DocGen.Grpc.Client;
using DocGen.Grpc.Tests.Interop;
using DocGen.Grpc.Tests.Support;
using Google.Protobuf;

namespace DocGen.Grpc.Tests.Calls;

public sealed class CompressionTests(EchoServerFixture fixture) : IClassFixture<EchoServerFixture>
{
    [Fact]
    public async Task Unary_GzipRequest_IsAnsweredInGzip()
    {
        var text = string.Concat(Enumerable.Repeat("政府信息公开工作年度报告", 200));

        var response = await fixture.Channel.UnaryCallAsync("/interop.v1.Echo/Unary", new EchoRequest { Message = text },
            EchoReply.Parser, new CallOptions(CompressRequest: true));

        Assert.Equal(text, response.Message.Message);
        Assert.Equal("gzip", response.Headers["grpc-encoding"]);
    }

    [Fact]
    public async Task Unary_GzipFrame_IsCompressedOnTheWireBothWays()
    {
        using var client = new RawGrpcClient(fixture.Server.Address);
        var request = new EchoRequest { Message = new string('a', 10_000) };
        var body = RawGrpcClient.Frame(Gzip(request.ToByteArray()), compressed: true);

        var response = await client.PostBytesAsync("/interop.v1.Echo/Unary", body,
            headers: new() { ["grpc-encoding"] = "gzip", ["grpc-accept-encoding"] = "gzip" });

        Assert.Equal("0", response.Status);
        Assert.Equal(0x01, response.Body[0]); // compressed flag on the reply frame
        Assert.True(response.Body.Length < 1000, $"reply frame is {response.Body.Length} bytes");
        var reply = EchoReply.Parser.ParseFrom(Gunzip(response.Body.AsSpan(5).ToArray()));
        Assert.Equal(request.Message, reply.Message);
    }

    [Fact]
    public async Task Unary_PlainRequest_IsAnsweredPlain()
    {
        var response = await fixture.Channel.UnaryCallAsync("/interop.v1.Echo/Unary", new EchoRequest { Message = "x" }, EchoReply.Parser);

        Assert.False(response.Headers.ContainsKey("grpc-encoding"));
    }

    [Fact]
    public async Task Unary_ServerCompressesResponses_ClientThatAcceptsGzipGetsGzip()
    {
        await using var server = await EchoServer.StartAsync(options => options.CompressResponses = true);
        using var channel = server.CreateChannel();

        var response = await channel.UnaryCallAsync("/interop.v1.Echo/Unary", new EchoRequest { Message = "x" }, EchoReply.Parser);

        Assert.Equal("x", response.Message.Message);
        Assert.Equal("gzip", response.Headers["grpc-encoding"]);
    }

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal)) gzip.Write(data);
        return output.ToArray();
    }

    private static byte[] Gunzip(byte[] data)
    {
        using var gzip = new GZipStream(new MemoryStream(data), CompressionMode.Decompress);
        using var output = new MemoryStream();
        gzip.CopyTo(output);
        return output.ToArray();
    }
}
