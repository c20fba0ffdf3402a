using Google.Protobuf;

namespace DocGen.Grpc.Internal;

/// <summary>Response messages of a server-streaming or bidi call; each write is flushed to the client.</summary>
internal sealed class HttpServerStreamWriter<T>(HttpServerCall call) : IServerStreamWriter<T>
    where T : IMessage<T>
{
    public async Task WriteAsync(T message, CancellationToken cancellationToken = default)
    {
        // Handlers mostly pass the call's own token: linking it to itself would only allocate.
        using var linked = cancellationToken.CanBeCanceled && cancellationToken != call.CancellationToken
            ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, call.CancellationToken)
            : null;
        await call.WriteMessageAsync(message, flush: true, linked?.Token ?? call.CancellationToken);
    }
}
