using DocGen.Rendering;

namespace DocGen.Api;

/// <summary>
/// Runs CPU-heavy work (render, validate, import) in the shared scheduler's slots, so no kind of
/// call can starve the others: queued up to the limit and then refused, or waiting for a slot.
/// </summary>
internal static class SchedulerAdmission
{
    public static async Task<T> AdmitAsync<T>(this RenderScheduler scheduler, Func<CancellationToken, T> work, Admission admission, CancellationToken cancellationToken)
    {
        if (admission == Admission.WaitForSlot) return await scheduler.RunAsync(work, cancellationToken).ConfigureAwait(false);
        var (admitted, result) = await scheduler.TryRunAsync(work, cancellationToken).ConfigureAwait(false);
        if (admitted) return result;
        throw new ApiException(ApiStatusCode.ResourceExhausted,
            $"the server is busy: {scheduler.MaxConcurrency} renders running and the queue is full; retry with backoff");
    }
}
