using DocGen.Grpc.Internal;
using Google.Protobuf;
using Microsoft.Extensions.Logging;

namespace DocGen.Grpc.CallHandlers;

internal sealed class UnaryServerCallHandler<TRequest, TResponse>(
    string method, MessageParser<TRequest> parser, UnaryServerMethod<TRequest, TResponse> handler,
    GrpcTransportOptions options, CancellationToken serverStopping, ILogger logger)
    : ServerCallHandler(method, options, serverStopping, logger)
    where TRequest : class, IMessage<TRequest>
    where TResponse : class, IMessage<TResponse>
{
    protected override async Task HandleCallCoreAsync(HttpServerCall call)
    {
        var request = await SingleRequest.ReadAsync(call, parser);
        var response = await handler(request, call)
            ?? throw new RpcException(new Status(StatusCode.Internal, "The handler returned no response."));
        // Not flushed: the status that follows flushes message and trailers together.
        await call.WriteMessageAsync(response, flush: false, call.CancellationToken);
    }
}
