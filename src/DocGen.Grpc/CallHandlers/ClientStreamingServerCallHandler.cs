using DocGen.Grpc.Internal;
using Google.Protobuf;
using Microsoft.Extensions.Logging;

namespace DocGen.Grpc.CallHandlers;

internal sealed class ClientStreamingServerCallHandler<TRequest, TResponse>(
    string method, MessageParser<TRequest> parser, ClientStreamingServerMethod<TRequest, TResponse> handler,
    GrpcTransportOptions options, CancellationToken serverStopping, ILogger logger)
    : ServerCallHandler(method, options, serverStopping, logger)
    where TRequest : class, IMessage<TRequest>
    where TResponse : class, IMessage<TResponse>
{
    protected override async Task HandleCallCoreAsync(HttpServerCall call)
    {
        var response = await handler(new HttpServerStreamReader<TRequest>(call, parser), call)
            ?? throw new RpcException(new Status(StatusCode.Internal, "The handler returned no response."));
        await call.WriteMessageAsync(response, flush: false, call.CancellationToken);
    }
}
