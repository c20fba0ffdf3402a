using System.Net;
using DocGen.Protos.V1;
using DocGen.Server.Tests.Support;

namespace DocGen.Server.Tests;

/// <summary>What a request must be to be a call: gRPC with protobuf messages.</summary>
public sealed class ProtocolTests(DocGenServerFixture fixture) : IClassFixture<DocGenServerFixture>
{
    [Theory]
    [InlineData("application/grpc")]
    [InlineData("application/grpc+proto")]
    [InlineData("application/grpc; charset=utf-8")]
    public async Task ListSites_ProtobufGrpcContentType_Served(string contentType)
    {
        using var http = RawGrpc.H2cClient(fixture.Server.Address);

        var response = await http.SendAsync(RawGrpc.Post("/docgen.v1.SiteService/ListSites", RawGrpc.Frame(new ListSitesRequest()), contentType));
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("0", RawGrpc.StatusHeader(response, "grpc-status"));
        Assert.Contains("2111000031", ListSitesResponse.Parser.ParseFrom(RawGrpc.Frames(body)[0].Payload).Sites.Select(s => s.SiteCode));
    }

    [Theory]
    [InlineData("application/grpc+json")]
    [InlineData("application/grpc+thrift")]
    [InlineData("application/json")]
    [InlineData("text/plain")]
    public async Task ListSites_OtherContentType_415WithInternalStatus(string contentType)
    {
        using var http = RawGrpc.H2cClient(fixture.Server.Address);

        var response = await http.SendAsync(RawGrpc.Post("/docgen.v1.SiteService/ListSites", RawGrpc.Frame(new ListSitesRequest()), contentType));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("13", RawGrpc.StatusHeader(response, "grpc-status"));
        Assert.Contains("is not supported", Uri.UnescapeDataString(RawGrpc.StatusHeader(response, "grpc-message") ?? ""));
    }

    [Fact]
    public async Task UnknownMethod_Unimplemented()
    {
        using var http = RawGrpc.H2cClient(fixture.Server.Address);

        var response = await http.SendAsync(RawGrpc.Post("/docgen.v1.ReportService/Publish", RawGrpc.Frame(new ListSitesRequest()), "application/grpc"));

        Assert.Equal("12", RawGrpc.StatusHeader(response, "grpc-status"));
    }
}
