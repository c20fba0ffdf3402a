using DocGen.Grpc.Reflection.V1;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using V1Alpha = DocGen.Grpc.Reflection.V1Alpha;

namespace DocGen.Grpc.Reflection;

/// <summary>
/// Server reflection, grpc.reflection.v1 and its older twin v1alpha, answering from the
/// descriptors the host registered. Each request on the stream gets one response, in order;
/// a request that cannot be answered gets an error_response, not a failed call.
/// </summary>
public sealed class ReflectionService
{
    public const string ServiceNameV1 = "grpc.reflection.v1.ServerReflection";
    public const string ServiceNameV1Alpha = "grpc.reflection.v1alpha.ServerReflection";
    private const string MethodName = "ServerReflectionInfo";

    private readonly DescriptorIndex _index;
    private readonly GrpcServiceRegistry _registry;

    public ReflectionService(IEnumerable<FileDescriptor> files, GrpcServiceRegistry registry)
    {
        _index = new DescriptorIndex(files);
        _registry = registry;
    }

    public ServiceDefinition DefinitionV1 => ServiceDefinition.For(ServiceNameV1)
        .DuplexStreaming<ServerReflectionRequest, ServerReflectionResponse>(MethodName, ServerReflectionRequest.Parser, ServeV1Async);

    public ServiceDefinition DefinitionV1Alpha => ServiceDefinition.For(ServiceNameV1Alpha)
        .DuplexStreaming<V1Alpha.ServerReflectionRequest, V1Alpha.ServerReflectionResponse>(
            MethodName, V1Alpha.ServerReflectionRequest.Parser, ServeV1AlphaAsync);

    private async Task ServeV1Async(IAsyncStreamReader<ServerReflectionRequest> requests,
        IServerStreamWriter<ServerReflectionResponse> responses, ServerCallContext context)
    {
        while (await requests.MoveNext(context.CancellationToken))
        {
            await responses.WriteAsync(Answer(requests.Current), context.CancellationToken);
        }
    }

    // v1alpha has the same messages, field for field, under another package: the wire bytes
    // are identical, so requests and answers cross over by re-parsing.
    private async Task ServeV1AlphaAsync(IAsyncStreamReader<V1Alpha.ServerReflectionRequest> requests,
        IServerStreamWriter<V1Alpha.ServerReflectionResponse> responses, ServerCallContext context)
    {
        while (await requests.MoveNext(context.CancellationToken))
        {
            var request = ServerReflectionRequest.Parser.ParseFrom(requests.Current.ToByteString());
            var answer = V1Alpha.ServerReflectionResponse.Parser.ParseFrom(Answer(request).ToByteString());
            await responses.WriteAsync(answer, context.CancellationToken);
        }
    }

    internal ServerReflectionResponse Answer(ServerReflectionRequest request)
    {
        var response = new ServerReflectionResponse { ValidHost = request.Host, OriginalRequest = request.Clone() };
        switch (request.MessageRequestCase)
        {
            case ServerReflectionRequest.MessageRequestOneofCase.ListServices:
                var list = new ListServiceResponse();
                foreach (var name in _registry.ServiceNames) list.Service.Add(new ServiceResponse { Name = name });
                response.ListServicesResponse = list;
                break;
            case ServerReflectionRequest.MessageRequestOneofCase.FileByFilename:
                if (_index.TryGetFile(request.FileByFilename, out var byName)) response.FileDescriptorResponse = Describe(byName);
                else response.ErrorResponse = NotFound($"File not found: {request.FileByFilename}");
                break;
            case ServerReflectionRequest.MessageRequestOneofCase.FileContainingSymbol:
                if (_index.TryGetFileContainingSymbol(request.FileContainingSymbol, out var bySymbol))
                    response.FileDescriptorResponse = Describe(bySymbol);
                else response.ErrorResponse = NotFound($"Symbol not found: {request.FileContainingSymbol}");
                break;
            case ServerReflectionRequest.MessageRequestOneofCase.FileContainingExtension:
                var wanted = request.FileContainingExtension;
                var extension = _index.ExtensionsOf(wanted.ContainingType)
                    .FirstOrDefault(e => e.FieldNumber == wanted.ExtensionNumber);
                if (extension is not null) response.FileDescriptorResponse = Describe(extension.File);
                else response.ErrorResponse = NotFound($"Extension not found: {wanted.ContainingType}({wanted.ExtensionNumber})");
                break;
            case ServerReflectionRequest.MessageRequestOneofCase.AllExtensionNumbersOfType:
                var type = request.AllExtensionNumbersOfType;
                if (_index.IsKnownMessage(type))
                {
                    var numbers = new ExtensionNumberResponse { BaseTypeName = type };
                    numbers.ExtensionNumber.AddRange(_index.ExtensionsOf(type).Select(e => e.FieldNumber));
                    response.AllExtensionNumbersResponse = numbers;
                }
                else response.ErrorResponse = NotFound($"Type not found: {type}");
                break;
            default:
                response.ErrorResponse = new ErrorResponse
                {
                    ErrorCode = (int)StatusCode.InvalidArgument,
                    ErrorMessage = "The request names no reflection query.",
                };
                break;
        }
        return response;
    }

    private static FileDescriptorResponse Describe(FileDescriptor file)
    {
        var answer = new FileDescriptorResponse();
        foreach (var each in DescriptorIndex.WithDependencies(file)) answer.FileDescriptorProto.Add(each.SerializedData);
        return answer;
    }

    private static ErrorResponse NotFound(string message) =>
        new() { ErrorCode = (int)StatusCode.NotFound, ErrorMessage = message };
}
