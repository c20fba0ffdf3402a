using DocGen.Grpc.Internal;
using Google.Protobuf;
using Microsoft.Extensions.Logging;

namespace DocGen.Grpc.CallHandlers;

internal sealed class ServerStreamingServerCallHandler<TRequest, TResponse>(
    string method, MessageParser<TRequest> parser, ServerStreamingServerMethod<TRequest, TResponse> handler,
    GrpcTransportOptions options, CancellationToken serverStopping, ILogger logger)
    : ServerCallHandler(method, options, serverStopping, logger)
    where TRequest : class, IMessage<TRequest>
    where TResponse : class, IMessage<TResponse>
{
    protected override async Task HandleCallCoreAsync(HttpServerCall call)
    {
        var request = await SingleRequest.ReadAsync(call, parser);
        await handler(request, new HttpServerStreamWriter<TResponse>(call), call);
    }
}
