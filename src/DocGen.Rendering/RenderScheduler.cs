namespace DocGen.Rendering;

/// <summary>
/// The one pool of rendering capacity every caller shares. <see cref="TryRunAsync{T}"/> is for
/// callers that must hear "busy" at once (a unary Render); <see cref="RunAsync{T}"/> waits for a slot
/// and is for callers that apply backpressure upstream instead (a batch stops reading its stream).
/// Work runs on the thread pool, never on the caller's I/O thread.
/// </summary>
public sealed class RenderScheduler : IDisposable
{
    private readonly SemaphoreSlim _slots;
    private readonly int _queueLimit;
    private int _waiting;

    public RenderScheduler(RenderSchedulerOptions options)
    {
        if (options.MaxConcurrency < 1)
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxConcurrency, "MaxConcurrency must be at least 1.");
        if (options.QueueLimit < 0)
            throw new ArgumentOutOfRangeException(nameof(options), options.QueueLimit, "QueueLimit must not be negative.");
        _slots = new SemaphoreSlim(options.MaxConcurrency, options.MaxConcurrency);
        _queueLimit = options.QueueLimit;
        MaxConcurrency = options.MaxConcurrency;
    }

    public int MaxConcurrency { get; }

    /// <summary>Renders waiting for a slot right now.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    /// <summary>Runs <paramref name="work"/> when a slot frees, or returns false at once when the queue is full.</summary>
    public async Task<(bool Admitted, T Result)> TryRunAsync<T>(Func<CancellationToken, T> work, CancellationToken cancellationToken)
    {
        if (!_slots.Wait(0))
        {
            if (Interlocked.Increment(ref _waiting) > _queueLimit)
            {
                Interlocked.Decrement(ref _waiting);
                return (false, default!);
            }
            try
            {
                await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                Interlocked.Decrement(ref _waiting);
            }
        }
        return (true, await RunHoldingSlotAsync(work, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Runs <paramref name="work"/> when a slot frees, however long that takes.</summary>
    public async Task<T> RunAsync<T>(Func<CancellationToken, T> work, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        return await RunHoldingSlotAsync(work, cancellationToken).ConfigureAwait(false);
    }

    private async Task<T> RunHoldingSlotAsync<T>(Func<CancellationToken, T> work, CancellationToken cancellationToken)
    {
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            return await Task.Run(() => work(cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _slots.Release();
        }
    }

    public void Dispose() => _slots.Dispose();
}
