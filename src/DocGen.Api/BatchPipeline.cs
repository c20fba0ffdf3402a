using DocGen.Api.Callers;
using DocGen.Contracts;
using DocGen.Protos.V1;

namespace DocGen.Api;

/// <summary>
/// RenderBatch's behaviour: reads requests, renders up to <c>window</c> at once, and writes one
/// result per request as each finishes. A request that fails becomes a result carrying its status;
/// nothing is dropped. Reading stops while the window is full, so memory stays bounded however fast
/// the client sends. When the input ends, everything in flight finishes before the call returns.
/// <c>render</c> is <see cref="ReportApi.RenderAsync"/> with <see cref="Admission.WaitForSlot"/>
/// in production (see <see cref="ForApi"/>).
/// </summary>
public sealed class BatchPipeline(Func<RenderRequest, CancellationToken, Task<RenderResponse>> render, int window)
{
    public static BatchPipeline ForApi(ReportApi api, int window, Caller? caller = null) =>
        new((request, ct) => api.RenderAsync(request, Admission.WaitForSlot, ct, caller), window);

    /// <param name="done">
    /// Called once for each request the pipeline started, when it holds it no longer (its result
    /// written, or the batch stopped): the host returns the request's bytes to its memory budget.
    /// </param>
    public async Task RunAsync(
        IAsyncEnumerable<RenderRequest> requests,
        Func<RenderResult, CancellationToken, Task> writeResult,
        CancellationToken cancellationToken,
        Action<RenderRequest>? done = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        using var slots = new SemaphoreSlim(window, window);
        using var writeLock = new SemaphoreSlim(1, 1); // a response stream takes one write at a time
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var inFlight = new List<Task>();
        try
        {
            await foreach (var request in requests.WithCancellation(stop.Token).ConfigureAwait(false))
            {
                await slots.WaitAsync(stop.Token).ConfigureAwait(false);
                if (stop.IsCancellationRequested)
                {
                    // A render that stopped for the cancel can free its slot before this wait sees
                    // the cancel: starting another would render for no one.
                    slots.Release();
                    break;
                }
                inFlight.RemoveAll(t => t.IsCompleted);
                inFlight.Add(ProcessAsync(request, slots, writeLock, writeResult, done, stop));
            }
        }
        finally
        {
            // Whatever ended the input (its end, a cancel, a read error), let what was read finish
            // or stop: nothing in flight is abandoned while it still holds the stream.
            await Task.WhenAll(inFlight).ConfigureAwait(false);
        }
        stop.Token.ThrowIfCancellationRequested();
    }

    private async Task ProcessAsync(
        RenderRequest request, SemaphoreSlim slots, SemaphoreSlim writeLock,
        Func<RenderResult, CancellationToken, Task> writeResult, Action<RenderRequest>? done, CancellationTokenSource stop)
    {
        try
        {
            var result = await RenderOneAsync(request, stop.Token).ConfigureAwait(false);
            if (result is null) return; // the batch was cancelled: no one is listening
            await writeLock.WaitAsync(stop.Token).ConfigureAwait(false);
            try
            {
                await writeResult(result, stop.Token).ConfigureAwait(false);
            }
            finally
            {
                writeLock.Release();
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        catch
        {
            // The response stream is gone: stop the whole batch rather than render for no one.
            await stop.CancelAsync().ConfigureAwait(false);
        }
        finally
        {
            done?.Invoke(request);
            slots.Release();
        }
    }

    private async Task<RenderResult?> RenderOneAsync(RenderRequest request, CancellationToken cancellationToken)
    {
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            var response = await render(request, cancellationToken).ConfigureAwait(false);
            return new RenderResult { RequestId = request.RequestId, Response = response };
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return null;
        }
        catch (ApiException e)
        {
            return Failed(request, (int)e.Code, e.Message, e.Findings.Select(FindingMapper.ToProto));
        }
        catch (Exception e)
        {
            // One bad report never fails the stream: it gets INTERNAL with what went wrong. That
            // includes running out of memory: one report's huge allocation failed and was freed,
            // and letting it escape would end the batch with every in-flight result unwritten.
            return Failed(request, (int)ApiStatusCode.Internal, $"rendering failed: {e.GetType().Name}: {e.Message}", []);
        }
    }

    private static RenderResult Failed(RenderRequest request, int code, string message, IEnumerable<Finding> findings)
    {
        var status = new Status { Code = code, Message = message };
        status.Findings.AddRange(findings);
        return new RenderResult { RequestId = RequestChecks.EchoableRequestId(request.RequestId), Error = status };
    }
}
