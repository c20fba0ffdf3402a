using DocGen.Protos.V1;
using DocGen.Rendering;
using static DocGen.Api.Tests.Adversarial.AdversarialApi;

namespace DocGen.Api.Tests.Adversarial;

/// <summary>
/// Finding 4: Validate had no admission control, so 8 hostile-but-legal Validate calls made a
/// normal Render take seconds and nothing was refused. Now Validate shares the render slots and
/// their queue: past it, RESOURCE_EXHAUSTED at once.
/// </summary>
public class ValidateAdmissionTests
{
    private static ValidateRequest Hostile() => new() { Report = Largest().Report };

    [Fact]
    public async Task Validate_SlotsAndQueueFull_ResourceExhaustedAtOnceThenServedWhenFree()
    {
        using var scheduler = new RenderScheduler(new RenderSchedulerOptions { MaxConcurrency = 2, QueueLimit = 2 });
        var api = Create(scheduler);
        using var hold = new ManualResetEventSlim();
        var holding = Enumerable.Range(0, 2).Select(_ => scheduler.RunAsync(_ => hold.Wait(TimeSpan.FromMinutes(1)), CancellationToken.None)).ToArray();
        var queued = Enumerable.Range(0, 2).Select(_ => api.ValidateAsync(Hostile(), Admission.RejectWhenBusy, CancellationToken.None)).ToArray();

        var refusal = await Assert.ThrowsAsync<ApiException>(() => api.ValidateAsync(Hostile(), Admission.RejectWhenBusy, CancellationToken.None));

        Assert.Equal(ApiStatusCode.ResourceExhausted, refusal.Code);
        Assert.All(queued, q => Assert.False(q.IsCompleted));
        hold.Set();
        await Task.WhenAll(holding);
        Assert.All(await Task.WhenAll(queued), v => Assert.Equal(Edition._2021, v.Edition));
        Assert.True((await api.RenderAsync(Normal(), Admission.RejectWhenBusy, CancellationToken.None)).PageCount > 0);
    }

    [Fact]
    public async Task Validate_ManyHostileValidatesAtOnce_EachAnsweredOrRefusedAndANormalRenderSucceeds()
    {
        var api = Create(slots: 2, queue: 2);
        var hostile = Enumerable.Range(0, 24).Select(_ => Record.ExceptionAsync(() =>
            api.ValidateAsync(Hostile(), Admission.RejectWhenBusy, CancellationToken.None))).ToArray();

        var normal = await api.RenderAsync(Normal(), Admission.WaitForSlot, CancellationToken.None);

        Assert.True(normal.PageCount > 0);
        Assert.All(await Task.WhenAll(hostile), e =>
        {
            if (e is not null) Assert.Equal(ApiStatusCode.ResourceExhausted, Assert.IsType<ApiException>(e).Code);
        });
    }
}
