using DocGen.Grpc.Reflection.V1;
using DocGen.Server.Tests.Support;

namespace DocGen.Server.Tests;

/// <summary>grpcurl, grpcui and Postman discover the API through reflection.</summary>
public sealed class ReflectionTests(DocGenServerFixture fixture) : IClassFixture<DocGenServerFixture>
{
    private async Task<ServerReflectionResponse> AskAsync(ServerReflectionRequest request)
    {
        using var channel = fixture.Server.Channel();
        using var call = channel.DuplexStreaming<ServerReflectionRequest, ServerReflectionResponse>(
            "/grpc.reflection.v1.ServerReflection/ServerReflectionInfo", ServerReflectionResponse.Parser);
        await call.RequestStream.WriteAsync(request);
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext());
        return call.ResponseStream.Current;
    }

    [Fact]
    public async Task ListServices_ListsTheReportApiAndTheStandardServices()
    {
        var response = await AskAsync(new ServerReflectionRequest { ListServices = "" });

        Assert.Equal(
            new[] { "docgen.v1.ReportService", "docgen.v1.SiteService", "grpc.health.v1.Health", "grpc.reflection.v1.ServerReflection", "grpc.reflection.v1alpha.ServerReflection" },
            response.ListServicesResponse.Service.Select(s => s.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task FileContainingSymbol_RenderRequest_ReturnsTheContractFile()
    {
        var response = await AskAsync(new ServerReflectionRequest { FileContainingSymbol = "docgen.v1.RenderRequest" });

        var file = Google.Protobuf.Reflection.FileDescriptorProto.Parser.ParseFrom(response.FileDescriptorResponse.FileDescriptorProto[0]);
        Assert.Equal("docgen/v1/docgen.proto", file.Name);
        Assert.Contains(file.Service, s => s.Name == "ReportService" && s.Method.Any(m => m.Name == "RenderBatch" && m.ClientStreaming && m.ServerStreaming));
    }
}
