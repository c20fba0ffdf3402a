using DocGen.Rendering;
using Microsoft.Extensions.DependencyInjection;

namespace DocGen.Server.Tests.Support;

/// <summary>
/// Every rendering slot of a server taken, through its own <see cref="RenderScheduler"/>, by work that
/// waits until this is disposed: calls behind it queue for as long as a test needs, however fast or
/// loaded the machine. (A long render in the slot instead may finish before the test has acted.) The
/// queue is read from <see cref="RenderScheduler.Waiting"/>, so a test acts on what happened, not on a pause.
/// </summary>
internal sealed class HeldSlots : IAsyncDisposable
{
    private readonly RenderScheduler _scheduler;
    private readonly ManualResetEventSlim _release = new();
    private readonly Task _holders;
    private int _holding;

    private HeldSlots(RenderScheduler scheduler)
    {
        _scheduler = scheduler;
        _holders = Task.WhenAll(Enumerable.Range(0, scheduler.MaxConcurrency).Select(_ => scheduler.RunAsync(_ =>
        {
            Interlocked.Increment(ref _holding);
            _release.Wait();
            return 0;
        }, CancellationToken.None)));
    }

    public static async Task<HeldSlots> TakeAsync(DocGenServer server)
    {
        var held = new HeldSlots(server.Services.GetRequiredService<RenderScheduler>());
        await Poll.UntilAsync(() => Volatile.Read(ref held._holding) == held._scheduler.MaxConcurrency, "every slot held");
        return held;
    }

    /// <summary>Waits until exactly <paramref name="count"/> calls wait for a slot.</summary>
    public Task UntilQueuedAsync(int count) => Poll.UntilAsync(() => _scheduler.Waiting == count, $"{count} calls queued for a slot");

    public async ValueTask DisposeAsync()
    {
        _release.Set();
        await _holders;
        _release.Dispose();
    }
}
