using DocGen.Protos.V1;

namespace DocGen.Cli.Backends;

/// <summary>
/// One RenderBatch call over a chunk of requests. Reports each result with the replica
/// (host:port) that answered; throws <see cref="BackendException"/> when the call fails.
/// </summary>
public delegate Task BatchCall(IReadOnlyList<RenderRequest> requests, Func<RenderResult, string, Task> onResult, CancellationToken cancellationToken);

/// <summary>
/// Spreads a batch over several RenderBatch calls at once ("lanes"). Each lane sends the next
/// chunk of requests on a new call, which the channel's balancer places on a replica, so faster
/// replicas take more chunks and new ones join. A call that fails UNAVAILABLE (its replica went
/// away, the connection was reset) has its unanswered requests sent again on a new call, which
/// the balancer gives to a replica still serving. A request gets exactly one result: a failed
/// call delivers nothing more, and only what it left unanswered is resent.
/// </summary>
public sealed class BatchLanes(BatchCall call, int lanes, int chunkSize = BatchLanes.DefaultChunkSize, int maxAttempts = BatchLanes.DefaultMaxAttempts)
{
    public const int DefaultChunkSize = 32;

    /// <summary>Calls in a row that fail with no result before a lane gives up (every replica gone).</summary>
    public const int DefaultMaxAttempts = 6;

    private const int Unavailable = 14;

    public async Task RunAsync(IAsyncEnumerable<RenderRequest> requests, Func<RenderResult, string, Task> onResult, CancellationToken cancellationToken)
    {
        await using var source = new ChunkSource(requests);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var running = Enumerable.Range(0, Math.Max(1, lanes)).Select(_ => Task.Run(() => RunLaneAsync(source, onResult, stop), CancellationToken.None)).ToList();
        Exception? first = null;
        while (running.Count > 0)
        {
            var done = await Task.WhenAny(running);
            running.Remove(done);
            if (done.Exception?.InnerException is { } failure && first is null)
            {
                first = failure;
                await stop.CancelAsync(); // one lane gave up: the batch stops, unanswered requests are reported
            }
        }
        if (first is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(first);
        cancellationToken.ThrowIfCancellationRequested();
    }

    private async Task RunLaneAsync(ChunkSource source, Func<RenderResult, string, Task> onResult, CancellationTokenSource stop)
    {
        var failures = 0;
        IReadOnlyList<RenderRequest> chunk = [];
        while (!stop.IsCancellationRequested)
        {
            if (chunk.Count == 0) chunk = await source.NextAsync(chunkSize, stop.Token);
            if (chunk.Count == 0) return;
            var answered = new HashSet<string>(StringComparer.Ordinal);
            try
            {
                await call(chunk, (result, replica) =>
                {
                    answered.Add(result.RequestId);
                    return onResult(result, replica);
                }, stop.Token);
                chunk = [];
                failures = 0;
            }
            catch (BackendException e) when (e.Code == Unavailable && !stop.IsCancellationRequested)
            {
                failures = answered.Count > 0 ? 1 : failures + 1;
                if (failures >= maxAttempts) throw;
                chunk = chunk.Where(r => !answered.Contains(r.RequestId)).ToArray();
                // Backs off 0.1, 0.2, 0.4 … s while no replica answers; the balancer meanwhile
                // drops the one that went away.
                await Task.Delay(TimeSpan.FromMilliseconds(100 << Math.Min(failures - 1, 5)), stop.Token);
            }
        }
    }

    /// <summary>The batch's requests, handed out a chunk at a time to whichever lane asks.</summary>
    private sealed class ChunkSource(IAsyncEnumerable<RenderRequest> requests) : IAsyncDisposable
    {
        private readonly IAsyncEnumerator<RenderRequest> _requests = requests.GetAsyncEnumerator();
        private readonly SemaphoreSlim _lock = new(1, 1);
        private bool _ended;

        public async Task<IReadOnlyList<RenderRequest>> NextAsync(int size, CancellationToken cancellationToken)
        {
            await _lock.WaitAsync(cancellationToken);
            try
            {
                var chunk = new List<RenderRequest>(size);
                while (!_ended && chunk.Count < size)
                {
                    if (await _requests.MoveNextAsync()) chunk.Add(_requests.Current);
                    else _ended = true;
                }
                return chunk;
            }
            finally
            {
                _lock.Release();
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _lock.WaitAsync();
            await _requests.DisposeAsync();
            _lock.Dispose();
        }
    }
}
