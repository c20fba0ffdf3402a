namespace DocGen.Server.Calls;

/// <summary>
/// The request bytes one RenderBatch call holds in the <see cref="RequestBytesBudget"/>: one
/// reservation per message, queued in the order the messages arrive, claimed by the request each
/// one becomes, and released when the batch is done with that request; whatever is left is
/// released when the call ends.
/// </summary>
internal sealed class BatchHold(RequestBytesBudget budget, RequestOwner owner)
{
    private readonly Lock _gate = new();
    private readonly Queue<long> _unclaimed = new();
    private long _held;
    private bool _closed;

    /// <summary>Waits until the budget has room for the next message.</summary>
    public async Task ReserveAsync(long bytes, CancellationToken cancellationToken)
    {
        await budget.ReserveAsync(owner, bytes, cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            if (!_closed)
            {
                _unclaimed.Enqueue(bytes);
                _held += bytes;
                return;
            }
        }
        budget.Release(owner, bytes);
        throw new OperationCanceledException("the call has ended");
    }

    /// <summary>The reservation of the next message read (0 when none is queued).</summary>
    public long Claim()
    {
        lock (_gate) return _unclaimed.TryDequeue(out var bytes) ? bytes : 0;
    }

    public void Release(long bytes)
    {
        lock (_gate)
        {
            if (_closed || bytes == 0) return;
            _held -= bytes;
        }
        budget.Release(owner, bytes);
    }

    public void ReleaseAll()
    {
        long rest;
        lock (_gate)
        {
            _closed = true;
            rest = _held;
            _held = 0;
            _unclaimed.Clear();
        }
        if (rest > 0) budget.Release(owner, rest);
    }
}
