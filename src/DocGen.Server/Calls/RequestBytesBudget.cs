using DocGen.Server.Configuration;
using Microsoft.Extensions.Options;

namespace DocGen.Server.Calls;

/// <summary>
/// The bytes of request messages the server holds at once (Grpc:MaxRequestBytesInFlight), and
/// the shares of them one connection (Grpc:MaxRequestBytesPerConnection) and one caller's pool
/// (Grpc:MaxRequestBytesPerCaller per key, Grpc:MaxKeylessRequestBytes for calls without a key) may
/// hold, so no connection or caller can spend the whole budget and refuse everyone else. Shared by every
/// call that buffers a request: a unary call that does not fit is refused
/// (<see cref="TryReserve"/>); a RenderBatch stream waits for room without reading
/// (<see cref="ReserveAsync"/>), so HTTP/2 flow control holds its client back.
/// </summary>
internal sealed class RequestBytesBudget(IOptions<GrpcLimitsOptions> options)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, long> _heldByConnection = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _heldByPool = new(StringComparer.Ordinal);
    private long _held;
    private TaskCompletionSource _released = NewSignal();

    public bool TryReserve(RequestOwner owner, long bytes)
    {
        lock (_gate) return TryTake(owner, bytes);
    }

    public async Task ReserveAsync(RequestOwner owner, long bytes, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task released;
            lock (_gate)
            {
                if (TryTake(owner, bytes)) return;
                released = _released.Task;
            }
            await released.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public void Release(RequestOwner owner, long bytes)
    {
        TaskCompletionSource released;
        lock (_gate)
        {
            _held -= bytes;
            Subtract(_heldByConnection, owner.Connection, bytes);
            Subtract(_heldByPool, owner.Pool, bytes);
            released = _released;
            _released = NewSignal();
        }
        released.TrySetResult();
    }

    private bool TryTake(RequestOwner owner, long bytes)
    {
        var limits = options.Value;
        var byConnection = _heldByConnection.GetValueOrDefault(owner.Connection);
        var byPool = _heldByPool.GetValueOrDefault(owner.Pool);
        if (_held + bytes > limits.MaxRequestBytesInFlight || byConnection + bytes > limits.MaxRequestBytesPerConnection
            || byPool + bytes > owner.PoolShare) return false;
        _held += bytes;
        _heldByConnection[owner.Connection] = byConnection + bytes;
        _heldByPool[owner.Pool] = byPool + bytes;
        return true;
    }

    private static void Subtract(Dictionary<string, long> held, string key, long bytes)
    {
        var left = held.GetValueOrDefault(key) - bytes;
        if (left > 0) held[key] = left;
        else held.Remove(key);
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
