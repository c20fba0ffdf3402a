using Google.Protobuf;

namespace DocGen.Grpc.Internal;

/// <summary>Request messages of a client-streaming or bidi call, as the handler reads them.</summary>
internal sealed class HttpServerStreamReader<T>(HttpServerCall call, MessageParser<T> parser) : IAsyncStreamReader<T>
    where T : class, IMessage<T>
{
    private T? _current;

    public T Current => _current ?? throw new InvalidOperationException("Call MoveNext before reading Current.");

    public async Task<bool> MoveNext(CancellationToken cancellationToken = default)
    {
        // Handlers mostly pass the call's own token: linking it to itself would only allocate.
        using var linked = cancellationToken.CanBeCanceled && cancellationToken != call.CancellationToken
            ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, call.CancellationToken)
            : null;
        _current = await call.ReadMessageAsync(parser, linked?.Token ?? call.CancellationToken);
        return _current is not null;
    }
}
