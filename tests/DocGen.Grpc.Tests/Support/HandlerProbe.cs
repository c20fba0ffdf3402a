namespace DocGen.Grpc.Tests.Support;

/// <summary>What Echo handlers observed, so tests can assert on the server side of a call.</summary>
public sealed class HandlerProbe
{
    private readonly Lock _lock = new();
    private TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource<bool> _cancelled = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int CancellationsSeen { get; private set; }

    /// <summary>Completes when a handler that waits has started.</summary>
    public Task Started { get { lock (_lock) return _started.Task; } }

    /// <summary>Completes when a handler's token fired; true when the deadline had passed by then.</summary>
    public Task<bool> Cancelled { get { lock (_lock) return _cancelled.Task; } }

    public void Reset()
    {
        lock (_lock)
        {
            _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
            _cancelled = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    internal void CallStarted()
    {
        lock (_lock) _started.TrySetResult();
    }

    internal void SawCancellation(bool deadlinePassed)
    {
        lock (_lock)
        {
            CancellationsSeen++;
            _cancelled.TrySetResult(deadlinePassed);
        }
    }
}
