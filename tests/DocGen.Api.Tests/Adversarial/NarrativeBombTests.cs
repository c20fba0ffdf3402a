using DocGen.Protos.V1;
using static DocGen.Api.Tests.Adversarial.AdversarialApi;

namespace DocGen.Api.Tests.Adversarial;

/// <summary>
/// Finding 1 of the attack run: 66,000 nested &lt;中&gt; tags (330 KB, within the character limits)
/// were not counted as elements, and parsing them held both render slots for minutes.
/// </summary>
public class NarrativeBombTests
{
    [Fact]
    public async Task Render_66000NestedNonAsciiTags_InvalidArgumentNamingTheNarrative()
    {
        var api = Create(slots: 2);

        var refusal = await Assert.ThrowsAsync<ApiException>(() =>
            api.RenderAsync(WithOverviewHtml(Repeat("<中>", 66_000)), Admission.RejectWhenBusy, CancellationToken.None));

        Assert.Equal(ApiStatusCode.InvalidArgument, refusal.Code);
        Assert.Equal("report.overview.html has 66,000 elements; the limit is 10,000", refusal.Message);
    }

    [Theory]
    [InlineData("<中>", 101, 101)]
    [InlineData("<span>", 101, 101)]
    [InlineData("<span></zz>", 100, 101)]  // closing tags that close nothing do not lower the depth
    [InlineData("<b><i></b>", 51, 102)]    // nor do closing tags out of order
    public async Task Validate_NestedPastTheDepthLimit_InvalidArgumentNamingTheDepth(string unit, int times, int depth)
    {
        var api = Create(slots: 2);
        var html = Repeat(unit, times) + "文字";

        var refusal = await Assert.ThrowsAsync<ApiException>(() =>
            api.ValidateAsync(new ValidateRequest { Report = WithOverviewHtml(html).Report }, Admission.RejectWhenBusy, CancellationToken.None));

        Assert.Equal(ApiStatusCode.InvalidArgument, refusal.Code);
        Assert.Equal($"report.overview.html nests elements {depth} deep; the limit is 100", refusal.Message);
    }

    [Fact]
    public async Task Render_NestedToTheDepthLimit_RendersTheText()
    {
        var api = Create(slots: 2);
        var html = Repeat("<span>", RequestLimits.NarrativeHtmlDepth) + "深层文字";

        var response = await api.RenderAsync(WithOverviewHtml(html), Admission.RejectWhenBusy, CancellationToken.None);

        Assert.Contains("深层文字", response.Html);
        Assert.StartsWith("%PDF", response.Pdf.ToStringUtf8(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_BombsFromManyCallersAtOnce_NormalRenderStillSucceeds()
    {
        var api = Create(slots: 2, queue: 64);
        string[] bombs = [Repeat("<中>", 66_000), Repeat("<span>", 9_000), Repeat("<b><i></b>", 4_000), Repeat("<p><中>", 4_000)];

        var hostile = Enumerable.Range(0, 16).Select(i => Record.ExceptionAsync(() =>
            api.RenderAsync(WithOverviewHtml(bombs[i % bombs.Length], $"bomb-{i}"), Admission.RejectWhenBusy, CancellationToken.None))).ToArray();
        var normal = await api.RenderAsync(Normal(), Admission.WaitForSlot, CancellationToken.None);

        Assert.True(normal.PageCount > 0);
        foreach (var refusal in await Task.WhenAll(hostile))
            Assert.Equal(ApiStatusCode.InvalidArgument, Assert.IsType<ApiException>(refusal).Code);
    }
}
