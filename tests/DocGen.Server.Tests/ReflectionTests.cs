using DocGen.Server.Tests.Support;
using Grpc.Core;
using V1 = Grpc.Reflection.V1;
using V1Alpha = Grpc.Reflection.V1Alpha;

namespace DocGen.Server.Tests;

/// <summary>grpcurl, grpcui and Postman discover the API through reflection, v1 and v1alpha.</summary>
public sealed class ReflectionTests(DocGenServerFixture fixture) : IClassFixture<DocGenServerFixture>
{
    private static readonly string[] Services =
    [
        "docgen.v1.ReportService", "docgen.v1.SiteService", "grpc.health.v1.Health",
        "grpc.reflection.v1.ServerReflection", "grpc.reflection.v1alpha.ServerReflection",
    ];

    private async Task<V1.ServerReflectionResponse> AskAsync(V1.ServerReflectionRequest request)
    {
        using var channel = fixture.Server.Channel();
        using var call = new V1.ServerReflection.ServerReflectionClient(channel).ServerReflectionInfo();
        await call.RequestStream.WriteAsync(request);
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext());
        return call.ResponseStream.Current;
    }

    [Fact]
    public async Task ListServices_ListsTheReportApiAndTheStandardServices()
    {
        var response = await AskAsync(new V1.ServerReflectionRequest { ListServices = "" });

        Assert.Equal(Services, response.ListServicesResponse.Service.Select(s => s.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task V1Alpha_ListServices_AnswersLikeV1()
    {
        using var channel = fixture.Server.Channel();
        using var call = new V1Alpha.ServerReflection.ServerReflectionClient(channel).ServerReflectionInfo();

        await call.RequestStream.WriteAsync(new V1Alpha.ServerReflectionRequest { ListServices = "" });
        await call.RequestStream.CompleteAsync();

        Assert.True(await call.ResponseStream.MoveNext());
        Assert.Equal(Services, call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task FileContainingSymbol_RenderRequest_ReturnsTheContractFile()
    {
        var response = await AskAsync(new V1.ServerReflectionRequest { FileContainingSymbol = "docgen.v1.RenderRequest" });

        var file = Google.Protobuf.Reflection.FileDescriptorProto.Parser.ParseFrom(response.FileDescriptorResponse.FileDescriptorProto[0]);
        Assert.Equal("docgen/v1/docgen.proto", file.Name);
        Assert.Contains(file.Service, s => s.Name == "ReportService" && s.Method.Any(m => m.Name == "RenderBatch" && m.ClientStreaming && m.ServerStreaming));
    }

    [Fact]
    public async Task FileContainingSymbol_Unknown_NotFoundInTheStream()
    {
        var response = await AskAsync(new V1.ServerReflectionRequest { FileContainingSymbol = "docgen.v1.NoSuchMessage" });

        Assert.Equal((int)StatusCode.NotFound, response.ErrorResponse.ErrorCode);
    }
}
