using DocGen.Protos.V1;
using DocGen.Rendering;
using Google.Protobuf;

namespace DocGen.Api.Tests.Adversarial;

/// <summary>
/// Reading a PDF costs a core for up to its time limit, so ImportReport shares the render slots
/// and their queue like Render and Validate: many imports at once cannot starve the renders.
/// </summary>
public class ImportAdmissionTests
{
    private static ImportRequest ArchivePdf() => new()
    {
        Document = ByteString.CopyFrom(File.ReadAllBytes(CheckoutPaths.Shared("archive", "hzq-2023.pdf"))),
        FileName = "hzq-2023.pdf",
    };

    [Fact]
    public async Task ImportAsync_SlotsAndQueueFull_ResourceExhaustedAtOnceThenServedWhenFree()
    {
        using var scheduler = new RenderScheduler(new RenderSchedulerOptions { MaxConcurrency = 1, QueueLimit = 1 });
        var api = new ImportApi(TimeProvider.System, scheduler);
        using var hold = new ManualResetEventSlim();
        var holding = scheduler.RunAsync(_ => hold.Wait(TimeSpan.FromMinutes(1)), CancellationToken.None);
        var queued = api.ImportAsync(ArchivePdf(), Admission.RejectWhenBusy, CancellationToken.None);

        var refusal = await Assert.ThrowsAsync<ApiException>(() => api.ImportAsync(ArchivePdf(), Admission.RejectWhenBusy, CancellationToken.None));

        Assert.Equal(ApiStatusCode.ResourceExhausted, refusal.Code);
        Assert.False(queued.IsCompleted);
        hold.Set();
        await holding;
        Assert.Equal("hzq-2023", (await queued).Request.RequestId);
    }
}
