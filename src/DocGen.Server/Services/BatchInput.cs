using DocGen.Protos.V1;
using Grpc.Core;

namespace DocGen.Server.Services;

/// <summary>The requests of one RenderBatch call, read until the client half-closes or the server starts stopping.</summary>
internal sealed class BatchInput(IAsyncStreamReader<RenderRequest> reader, CancellationToken callCancelled, CancellationToken serverStopping)
{
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
            yield return reader.Current;
        }
    }
}
