using DocGen.Grpc.Internal;

namespace DocGen.Grpc.Tests.Internal;

public sealed class GrpcProtocolTests
{
    [Theory]
    [InlineData("application/grpc", true)]
    [InlineData("application/grpc+proto", true)]
    [InlineData("APPLICATION/GRPC", true)]
    [InlineData("application/grpc;charset=utf-8", true)]
    [InlineData("application/grpc+json", false)]
    [InlineData("application/grpc-web", false)]
    [InlineData("application/json", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsSupportedContentType(string? contentType, bool supported)
    {
        Assert.Equal(supported, GrpcProtocol.IsSupportedContentType(contentType));
    }

    [Theory]
    [InlineData("identity,gzip", "gzip", true)]
    [InlineData("identity, deflate , gzip", "gzip", true)]
    [InlineData("identity,deflate", "gzip", false)]
    [InlineData("gzipx", "gzip", false)]
    [InlineData(null, "gzip", false)]
    public void ListContains(string? list, string encoding, bool contains)
    {
        Assert.Equal(contains, GrpcProtocol.ListContains(list, encoding));
    }
}
