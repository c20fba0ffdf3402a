using DocGen.Server.Configuration;
using Microsoft.Extensions.Options;

namespace DocGen.Server.Calls;

/// <summary>
/// The bytes of request messages the server holds at once (Grpc:MaxRequestBytesInFlight), and
/// the share of them one connection may hold (Grpc:MaxRequestBytesPerConnection, so one
/// connection's streams cannot spend the whole budget and refuse everyone else). Shared by every
/// call that buffers a request: a unary call that does not fit is refused
/// (<see cref="TryReserve"/>); a RenderBatch stream waits for room without reading
/// (<see cref="ReserveAsync"/>), so HTTP/2 flow control holds its client back.
/// </summary>
internal sealed class RequestBytesBudget(IOptions<GrpcLimitsOptions> options)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, long> _heldByConnection = new(StringComparer.Ordinal);
    private long _held;
    private TaskCompletionSource _released = NewSignal();

    public bool TryReserve(string connection, long bytes)
    {
        lock (_gate) return TryTake(connection, bytes);
    }

    public async Task ReserveAsync(string connection, long bytes, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task released;
            lock (_gate)
            {
                if (TryTake(connection, bytes)) return;
                released = _released.Task;
            }
            await released.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public void Release(string connection, long bytes)
    {
        TaskCompletionSource released;
        lock (_gate)
        {
            _held -= bytes;
            var left = _heldByConnection.GetValueOrDefault(connection) - bytes;
            if (left > 0) _heldByConnection[connection] = left;
            else _heldByConnection.Remove(connection);
            released = _released;
            _released = NewSignal();
        }
        released.TrySetResult();
    }

    private bool TryTake(string connection, long bytes)
    {
        var limits = options.Value;
        var byConnection = _heldByConnection.GetValueOrDefault(connection);
        if (_held + bytes > limits.MaxRequestBytesInFlight || byConnection + bytes > limits.MaxRequestBytesPerConnection) return false;
        _held += bytes;
        _heldByConnection[connection] = byConnection + bytes;
        return true;
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
