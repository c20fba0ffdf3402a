using static DocGen.Api.Tests.Adversarial.AdversarialApi;

namespace DocGen.Api.Tests.Adversarial;

/// <summary>
/// A render whose caller cancels or whose deadline passes stops — while parsing, validating,
/// writing HTML or laying out the PDF — and frees its slot for the next caller.
/// </summary>
public class CancellationTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(20)]
    [InlineData(200)]
    public async Task Render_LargestReportCancelled_StopsAndTheOnlySlotServesTheNextCall(int cancelAfterMs)
    {
        var api = Create(slots: 1, queue: 1);
        using var cancel = new CancellationTokenSource();
        var largest = api.RenderAsync(Largest(), Admission.RejectWhenBusy, cancel.Token);

        cancel.CancelAfter(cancelAfterMs);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => largest);
        var next = await api.RenderAsync(Normal(), Admission.RejectWhenBusy, CancellationToken.None);
        Assert.True(next.PageCount > 0);
    }

    [Fact]
    public async Task Validate_Cancelled_StopsWithOperationCanceled()
    {
        var api = Create(slots: 1);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            api.ValidateAsync(new Protos.V1.ValidateRequest { Report = Largest().Report }, Admission.RejectWhenBusy, new CancellationToken(canceled: true)));
    }
}
