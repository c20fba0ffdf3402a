using DocGen.Protos.V1;
using static DocGen.Api.Tests.Adversarial.AdversarialApi;

namespace DocGen.Api.Tests.Adversarial;

/// <summary>
/// Finding 6: request_id had no length limit and was echoed with control characters; bidi
/// overrides (U+202E) reached the HTML.
/// </summary>
public class CallerTextTests
{
    private static readonly ReportApi Api = Create(slots: 2);

    [Theory]
    [InlineData(257, "x", "request_id is 257 characters; the limit is 256")]
    [InlineData(100_000, "号", "request_id is 100,000 characters; the limit is 256")]
    public async Task Render_RequestIdPastTheLimit_InvalidArgumentNamingIt(int length, string unit, string message)
    {
        var request = Normal(Repeat(unit, length));

        var refusal = await Assert.ThrowsAsync<ApiException>(() => Api.RenderAsync(request, Admission.RejectWhenBusy, CancellationToken.None));

        Assert.Equal(ApiStatusCode.InvalidArgument, refusal.Code);
        Assert.Equal(message, refusal.Message);
    }

    [Theory]
    [InlineData("id\u0007bell", "U+0007", 2)]
    [InlineData("id\r\nX-Injected: 1", "U+000D", 2)]
    [InlineData("abc\u202Egpj.exe", "U+202E", 3)]
    [InlineData("\u2066x", "U+2066", 0)]
    public async Task Render_RequestIdUnprintable_InvalidArgumentNamingTheCharacter(string id, string code, int index)
    {
        var refusal = await Assert.ThrowsAsync<ApiException>(() => Api.RenderAsync(Normal(id), Admission.RejectWhenBusy, CancellationToken.None));

        Assert.Equal(ApiStatusCode.InvalidArgument, refusal.Code);
        Assert.Equal($"request_id has an unprintable character ({code}) at index {index}; request ids are printable text", refusal.Message);
    }

    [Theory]
    [InlineData("盘锦市商务局-2022-年报")]
    [InlineData("emoji-😀-ok")]
    public async Task Render_PrintableRequestIdAtTheLimit_EchoedAsSent(string unit)
    {
        var id = Repeat(unit, 256 / unit.Length)[..(256 / unit.Length * unit.Length)];

        var response = await Api.RenderAsync(Normal(id), Admission.RejectWhenBusy, CancellationToken.None);

        Assert.Equal(id, response.RequestId);
    }

    [Fact]
    public async Task RenderBatch_RequestIdRefused_ResultEchoesItPrintableAndShort()
    {
        var id = "batch\u202E\u0007" + new string('x', 1_000);
        var results = new List<RenderResult>();

        await BatchPipeline.ForApi(Api, window: 2).RunAsync(One(Normal(id)), (r, _) => { results.Add(r); return Task.CompletedTask; }, CancellationToken.None);

        var result = Assert.Single(results);
        Assert.Equal((int)ApiStatusCode.InvalidArgument, result.Error.Code);
        Assert.Equal("batch" + new string('x', 251), result.RequestId);
    }

    [Fact]
    public async Task Render_BidiControlsInCallerText_RemovedFromHtml()
    {
        var request = Normal();
        request.Report.Agency = "盘锦市\u202E局务商\u202C";
        request.Report.Title = "\u2067标题\u2069\u200F";
        request.Report.Overview = new DocGen.Protos.V1.RichText { Html = "<p>正文&#x202E;txt.exe&#8294;</p>" };
        request.Report.Problems = new DocGen.Protos.V1.RichText { Text = "问题\u202D反向" };

        var response = await Api.RenderAsync(request, Admission.RejectWhenBusy, CancellationToken.None);

        char[] bidi = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F'];
        Assert.Equal(-1, response.Html.IndexOfAny(bidi));
        Assert.Contains("盘锦市局务商", response.Html);
        Assert.Contains("正文txt.exe", response.Html);
    }

    private static async IAsyncEnumerable<RenderRequest> One(RenderRequest request)
    {
        await Task.Yield();
        yield return request;
    }
}
