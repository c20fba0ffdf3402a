using DocGen.Protos.V1;
using DocGen.Server.Calls;
using Grpc.Core;

namespace DocGen.Server.Services;

/// <summary>
/// The requests of one RenderBatch call, read until the client half-closes or the server starts
/// stopping. Each request keeps its message's share of the request-bytes budget (<see cref="BatchHold"/>)
/// until the batch is done with it (<see cref="Done"/>).
/// </summary>
internal sealed class BatchInput(IAsyncStreamReader<RenderRequest> reader, BatchHold? hold, CancellationToken callCancelled, CancellationToken serverStopping)
{
    private readonly Dictionary<RenderRequest, long> _held = new(ReferenceEqualityComparer.Instance);

    public bool CutShortByShutdown { get; private set; }

    public async IAsyncEnumerable<RenderRequest> ReadAsync()
    {
        using var readCancelled = CancellationTokenSource.CreateLinkedTokenSource(callCancelled, serverStopping);
        while (true)
        {
            bool more;
            try
            {
                more = !serverStopping.IsCancellationRequested && await reader.MoveNext(readCancelled.Token);
            }
            catch (OperationCanceledException) when (serverStopping.IsCancellationRequested && !callCancelled.IsCancellationRequested)
            {
                more = false;
            }
            if (!more)
            {
                CutShortByShutdown = serverStopping.IsCancellationRequested;
                yield break;
            }
            var request = reader.Current;
            if (hold is not null)
            {
                lock (_held) _held[request] = hold.Claim();
            }
            yield return request;
        }
    }

    /// <summary>The batch no longer holds this request: its bytes return to the budget.</summary>
    public void Done(RenderRequest request)
    {
        if (hold is null) return;
        long bytes;
        lock (_held)
        {
            if (!_held.Remove(request, out bytes)) return;
        }
        hold.Release(bytes);
    }
}
