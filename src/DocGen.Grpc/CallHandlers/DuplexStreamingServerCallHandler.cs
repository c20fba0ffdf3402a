using DocGen.Grpc.Internal;
using Google.Protobuf;
using Microsoft.Extensions.Logging;

namespace DocGen.Grpc.CallHandlers;

internal sealed class DuplexStreamingServerCallHandler<TRequest, TResponse>(
    string method, MessageParser<TRequest> parser, DuplexStreamingServerMethod<TRequest, TResponse> handler,
    GrpcTransportOptions options, CancellationToken serverStopping, ILogger logger)
    : ServerCallHandler(method, options, serverStopping, logger)
    where TRequest : class, IMessage<TRequest>
    where TResponse : class, IMessage<TResponse>
{
    protected override Task HandleCallCoreAsync(HttpServerCall call) =>
        handler(new HttpServerStreamReader<TRequest>(call, parser), new HttpServerStreamWriter<TResponse>(call), call);
}
