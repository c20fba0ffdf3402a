using DocGen.Grpc.Tests.Interop;
using DocGen.Grpc.Tests.Support;
using Google.Protobuf;

namespace DocGen.Grpc.Tests.Calls;

/// <summary>What the server does with requests a conforming client would not send.</summary>
public sealed class ProtocolTests(EchoServerFixture fixture) : IClassFixture<EchoServerFixture>
{
    private static readonly EchoRequest Hello = new() { Message = "hello" };

    [Theory]
    [InlineData("application/grpc")]
    [InlineData("application/grpc+proto")]
    [InlineData("application/grpc; charset=utf-8")]
    public async Task Unary_SupportedContentType_IsServed(string contentType)
    {
        using var client = new RawGrpcClient(fixture.Server.Address);

        var response = await client.PostAsync("/interop.v1.Echo/Unary", Hello, contentType: contentType);

        Assert.Equal(200, response.HttpStatus);
        Assert.Equal("0", response.Status);
        Assert.Equal("application/grpc", response.Headers["content-type"]);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/grpc+json")]
    [InlineData("text/plain")]
    public async Task Unary_OtherContentType_Is415WithInternalStatus(string contentType)
    {
        using var client = new RawGrpcClient(fixture.Server.Address);

        var response = await client.PostAsync("/interop.v1.Echo/Unary", Hello, contentType: contentType);

        Assert.Equal(415, response.HttpStatus);
        Assert.Equal("13", response.Status);
    }

    [Fact]
    public async Task Unary_UnsupportedEncoding_IsUnimplementedAndListsWhatIsAccepted()
    {
        using var client = new RawGrpcClient(fixture.Server.Address);

        var response = await client.PostAsync("/interop.v1.Echo/Unary", Hello, headers: new() { ["grpc-encoding"] = "snappy" });

        Assert.Equal("12", response.Status);
        Assert.True(response.TrailersOnly);
        Assert.Equal("identity,gzip", response.Headers["grpc-accept-encoding"]);
    }

    [Fact]
    public async Task Unary_CompressedFlagWithoutEncoding_IsInternal()
    {
        using var client = new RawGrpcClient(fixture.Server.Address);
        var body = RawGrpcClient.Frame(Hello.ToByteArray(), compressed: true);

        var response = await client.PostBytesAsync("/interop.v1.Echo/Unary", body);

        Assert.Equal("13", response.Status);
    }

    [Fact]
    public async Task Unary_BodyEndsInsideMessage_IsInternal()
    {
        using var client = new RawGrpcClient(fixture.Server.Address);
        byte[] body =
        [
            0x00,                   // not compressed
            0x00, 0x00, 0x00, 0x09, // length 9
            0x0A, 0x02, 0x68,       // field 1, length 2, only one byte of "hi" follows
        ];

        var response = await client.PostBytesAsync("/interop.v1.Echo/Unary", body);

        Assert.Equal("13", response.Status);
        Assert.Contains("Incomplete message", response.Message);
    }

    [Fact]
    public async Task Unary_NoMessage_IsInternal()
    {
        using var client = new RawGrpcClient(fixture.Server.Address);

        var response = await client.PostBytesAsync("/interop.v1.Echo/Unary", []);

        Assert.Equal("13", response.Status);
    }

    [Fact]
    public async Task Unary_TwoMessages_IsInternal()
    {
        using var client = new RawGrpcClient(fixture.Server.Address);
        var one = RawGrpcClient.Frame(Hello.ToByteArray(), compressed: false);

        var response = await client.PostBytesAsync("/interop.v1.Echo/Unary", [.. one, .. one]);

        Assert.Equal("13", response.Status);
    }

    [Fact]
    public async Task Unary_Success_SendsMessageThenStatusInTrailers()
    {
        using var client = new RawGrpcClient(fixture.Server.Address);

        var response = await client.PostAsync("/interop.v1.Echo/Unary", Hello);

        Assert.False(response.TrailersOnly);
        Assert.Equal("0", response.Trailers["grpc-status"]);
        byte[] expected = [0x00, 0x00, 0x00, 0x00, 0x07, .. new EchoReply { Message = "hello" }.ToByteArray()];
        Assert.Equal(expected, response.Body);
    }
}
