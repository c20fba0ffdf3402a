using DocGen.Grpc.Client;
using DocGen.Grpc.Reflection.V1;
using DocGen.Grpc.Tests.Support;
using Google.Protobuf.Reflection;
using V1Alpha = DocGen.Grpc.Reflection.V1Alpha;

namespace DocGen.Grpc.Tests.Standard;

public sealed class ReflectionServiceTests(EchoServerFixture fixture) : IClassFixture<EchoServerFixture>
{
    private GrpcChannel Channel => fixture.Channel;

    [Fact]
    public async Task ListServices_NamesEveryMappedService()
    {
        var response = await AskAsync(new ServerReflectionRequest { ListServices = "" });

        Assert.Equal(
            ["grpc.health.v1.Health", "grpc.reflection.v1.ServerReflection", "grpc.reflection.v1alpha.ServerReflection", "interop.v1.Echo"],
            response.ListServicesResponse.Service.Select(s => s.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("interop.v1.Echo")]
    [InlineData("interop.v1.Echo.Bidi")]
    [InlineData("interop.v1.EchoReply")]
    public async Task FileContainingSymbol_KnownSymbol_ReturnsItsFile(string symbol)
    {
        var response = await AskAsync(new ServerReflectionRequest { FileContainingSymbol = symbol });

        var file = FileDescriptorProto.Parser.ParseFrom(response.FileDescriptorResponse.FileDescriptorProto[0]);
        Assert.Equal("interop.proto", file.Name);
        Assert.Equal("interop.v1", file.Package);
    }

    [Fact]
    public async Task FileContainingSymbol_UnknownSymbol_IsNotFoundInTheStream()
    {
        var response = await AskAsync(new ServerReflectionRequest { FileContainingSymbol = "no.such.Symbol" });

        Assert.Equal((int)StatusCode.NotFound, response.ErrorResponse.ErrorCode);
        Assert.Contains("no.such.Symbol", response.ErrorResponse.ErrorMessage);
    }

    [Fact]
    public void FileByFilename_ReturnsTheFileThenItsDependencies()
    {
        var reflection = new DocGen.Grpc.Reflection.ReflectionService([Google.Rpc.StatusReflection.Descriptor], new GrpcServiceRegistry());

        var response = reflection.Answer(new ServerReflectionRequest { FileByFilename = "google/rpc/status.proto" });

        var names = response.FileDescriptorResponse.FileDescriptorProto
            .Select(bytes => FileDescriptorProto.Parser.ParseFrom(bytes).Name).ToArray();
        Assert.Equal(["google/rpc/status.proto", "google/protobuf/any.proto"], names);
    }

    [Fact]
    public async Task FileByFilename_UnknownFile_IsNotFound()
    {
        var response = await AskAsync(new ServerReflectionRequest { FileByFilename = "nope.proto" });

        Assert.Equal((int)StatusCode.NotFound, response.ErrorResponse.ErrorCode);
    }

    [Fact]
    public async Task Stream_SeveralRequests_AnswersEachInOrderEchoingIt()
    {
        using var call = Channel.DuplexStreaming<ServerReflectionRequest, ServerReflectionResponse>(
            "/grpc.reflection.v1.ServerReflection/ServerReflectionInfo", ServerReflectionResponse.Parser);
        ServerReflectionRequest[] requests =
        [
            new() { Host = "h", ListServices = "*" },
            new() { FileContainingSymbol = "missing.Symbol" },
            new() { FileContainingSymbol = "grpc.health.v1.Health" },
        ];

        var answers = new List<ServerReflectionResponse>();
        foreach (var request in requests)
        {
            await call.RequestStream.WriteAsync(request);
            Assert.True(await call.ResponseStream.MoveNext());
            answers.Add(call.ResponseStream.Current);
        }
        await call.RequestStream.CompleteAsync();

        Assert.Equal(requests, answers.Select(a => a.OriginalRequest));
        Assert.Equal("h", answers[0].ValidHost);
        Assert.Equal(ServerReflectionResponse.MessageResponseOneofCase.ErrorResponse, answers[1].MessageResponseCase);
        Assert.Equal(ServerReflectionResponse.MessageResponseOneofCase.FileDescriptorResponse, answers[2].MessageResponseCase);
        Assert.False(await call.ResponseStream.MoveNext());
    }

    [Fact]
    public async Task V1Alpha_ListServices_AnswersLikeV1()
    {
        using var call = Channel.DuplexStreaming<V1Alpha.ServerReflectionRequest, V1Alpha.ServerReflectionResponse>(
            "/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo", V1Alpha.ServerReflectionResponse.Parser);
        await call.RequestStream.WriteAsync(new V1Alpha.ServerReflectionRequest { ListServices = "" });
        await call.RequestStream.CompleteAsync();

        Assert.True(await call.ResponseStream.MoveNext());
        Assert.Contains("interop.v1.Echo", call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name));
    }

    private async Task<ServerReflectionResponse> AskAsync(ServerReflectionRequest request)
    {
        using var call = Channel.DuplexStreaming<ServerReflectionRequest, ServerReflectionResponse>(
            "/grpc.reflection.v1.ServerReflection/ServerReflectionInfo", ServerReflectionResponse.Parser);
        await call.RequestStream.WriteAsync(request);
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext());
        var response = call.ResponseStream.Current;
        Assert.False(await call.ResponseStream.MoveNext());
        return response;
    }
}
