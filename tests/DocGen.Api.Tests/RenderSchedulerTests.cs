using DocGen.Rendering;

namespace DocGen.Api.Tests;

public class RenderSchedulerTests
{
    [Fact]
    public async Task TryRunAsync_SlotsAndQueueFull_RefusesAtOnce()
    {
        using var scheduler = new RenderScheduler(new RenderSchedulerOptions { MaxConcurrency = 1, QueueLimit = 1 });
        using var hold = new ManualResetEventSlim();
        var running = scheduler.TryRunAsync(_ => { hold.Wait(); return 1; }, CancellationToken.None);
        await WaitUntilRunning(scheduler, running);
        var queued = scheduler.TryRunAsync(_ => 2, CancellationToken.None);

        var refused = await scheduler.TryRunAsync(_ => 3, CancellationToken.None);

        Assert.False(refused.Admitted);
        hold.Set();
        Assert.Equal((true, 1), await running);
        Assert.Equal((true, 2), await queued);
    }

    [Fact]
    public async Task RunAsync_SlotsFull_WaitsInsteadOfRefusing()
    {
        using var scheduler = new RenderScheduler(new RenderSchedulerOptions { MaxConcurrency = 1, QueueLimit = 0 });
        using var hold = new ManualResetEventSlim();
        var running = scheduler.RunAsync(_ => { hold.Wait(); return 1; }, CancellationToken.None);

        var waiting = scheduler.RunAsync(_ => 2, CancellationToken.None);
        Assert.False(waiting.IsCompleted);
        hold.Set();

        Assert.Equal(1, await running);
        Assert.Equal(2, await waiting);
    }

    [Fact]
    public async Task TryRunAsync_CancelledWhileQueued_ThrowsAndFreesItsPlace()
    {
        using var scheduler = new RenderScheduler(new RenderSchedulerOptions { MaxConcurrency = 1, QueueLimit = 1 });
        using var hold = new ManualResetEventSlim();
        using var cts = new CancellationTokenSource();
        var running = scheduler.TryRunAsync(_ => { hold.Wait(); return 1; }, CancellationToken.None);
        await WaitUntilRunning(scheduler, running);
        var queued = scheduler.TryRunAsync(_ => 2, cts.Token);

        cts.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => queued);
        Assert.Equal(0, scheduler.Waiting);
        hold.Set();
        await running;
    }

    [Fact]
    public void Constructor_ZeroConcurrency_NamesTheSetting()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new RenderScheduler(new RenderSchedulerOptions { MaxConcurrency = 0 }));
        Assert.Contains("MaxConcurrency", e.Message);
    }

    private static async Task WaitUntilRunning(RenderScheduler scheduler, Task task)
    {
        // The first render takes the only slot synchronously; give its thread-pool work a moment to start.
        await Task.Yield();
        Assert.False(task.IsCompleted);
        Assert.Equal(0, scheduler.Waiting);
    }
}
