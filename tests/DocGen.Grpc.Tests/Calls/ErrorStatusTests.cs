using DocGen.Grpc.Client;
using DocGen.Grpc.Tests.Interop;
using DocGen.Grpc.Tests.Support;

namespace DocGen.Grpc.Tests.Calls;

public sealed class ErrorStatusTests(EchoServerFixture fixture) : IClassFixture<EchoServerFixture>
{
    private GrpcChannel Channel => fixture.Channel;

    [Theory]
    [InlineData(StatusCode.NotFound, "site 2111000031 not configured")]
    [InlineData(StatusCode.FailedPrecondition, "报告未通过校验：表三合计不等")]
    [InlineData(StatusCode.PermissionDenied, "100% sure: no")]
    [InlineData(StatusCode.Unavailable, "line1\nline2")]
    public async Task Fail_HandlerThrowsRpcException_ClientGetsExactCodeAndMessage(StatusCode code, string message)
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            Channel.UnaryAsync("/interop.v1.Echo/Fail", new FailRequest { Code = (int)code, Message = message }, EchoReply.Parser));

        Assert.Equal(code, error.StatusCode);
        Assert.Equal(message, error.Status.Detail);
    }

    [Fact]
    public async Task Fail_BeforeAnyMessage_IsTrailersOnly()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            Channel.UnaryAsync("/interop.v1.Echo/Fail", new FailRequest { Code = (int)StatusCode.NotFound, Message = "x" }, EchoReply.Parser));

        // Trailers-only: the status came in the HEADERS frame, so there are no separate trailers
        // beyond it; the client reports the header block it read.
        Assert.Equal("5", error.Trailers["grpc-status"]);
        Assert.Equal("application/grpc", error.Trailers["content-type"]);
    }

    [Fact]
    public async Task Fail_NonAsciiMessage_IsPercentEncodedOnTheWire()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            Channel.UnaryAsync("/interop.v1.Echo/Fail", new FailRequest { Code = (int)StatusCode.NotFound, Message = "未找到" }, EchoReply.Parser));

        Assert.Equal("%E6%9C%AA%E6%89%BE%E5%88%B0", error.Trailers["grpc-message"]);
    }

    [Fact]
    public async Task Fail_InvalidArgument_CarriesBadRequestFieldViolations()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            Channel.UnaryAsync("/interop.v1.Echo/Fail", new FailRequest { Code = (int)StatusCode.InvalidArgument, Message = "报告无效" }, EchoReply.Parser));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.NotNull(error.RichStatus);
        Assert.Equal((int)StatusCode.InvalidArgument, error.RichStatus.Code);
        Assert.Equal("报告无效", error.RichStatus.Message);
        var violation = Assert.Single(error.GetBadRequest()!.FieldViolations);
        Assert.Equal("report.year", violation.Field);
        Assert.Equal("年份必须在2008年之后", violation.Description);
    }

    [Fact]
    public async Task Fail_UnexpectedException_IsUnknownWithoutItsMessage()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            Channel.UnaryAsync("/interop.v1.Echo/Fail", new FailRequest { Code = (int)StatusCode.Unknown, Message = "secret" }, EchoReply.Parser));

        Assert.Equal(StatusCode.Unknown, error.StatusCode);
        Assert.Equal("Exception was thrown by handler.", error.Status.Detail);
    }

    [Theory]
    [InlineData("/interop.v1.Echo/NoSuchMethod", "Method is unimplemented.")]
    [InlineData("/interop.v1.NoSuchService/Unary", "Service is unimplemented.")]
    public async Task UnknownPath_IsUnimplemented(string path, string detail)
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            Channel.UnaryAsync(path, new EchoRequest(), EchoReply.Parser));

        Assert.Equal(StatusCode.Unimplemented, error.StatusCode);
        Assert.Equal(detail, error.Status.Detail);
    }
}
