using System.Text;
using DocGen.Contracts;
using DocGen.Protos.V1;
using DocGen.Rendering;

namespace DocGen.Api.Tests;

/// <summary>The OFD output format (a DocGen addition) through the API: asked for, it comes in <c>ofd</c>; not asked for, nothing changes.</summary>
public sealed class OfdFormatTests
{
    private static readonly Lazy<ReportApi> SharedApi = new(() =>
    {
        var rendering = new ReportRendererSetup { TemplatesRoot = CheckoutPaths.Templates, WatchTemplates = false }.Create();
        return new ReportApi(rendering.Renderer, new RenderScheduler(new RenderSchedulerOptions()));
    });

    private static RenderRequest Request(string formatsJson = "")
    {
        var json = File.ReadAllText(CheckoutPaths.Fixture("panjin-commerce-2022.json")).TrimEnd().TrimEnd('}');
        var request = RequestJson.ParseRenderRequest(json + formatsJson + "}");
        return request;
    }

    private static Task<RenderResponse> Render(RenderRequest request) => SharedApi.Value.RenderAsync(request, Admission.WaitForSlot, CancellationToken.None);

    [Fact]
    public async Task Render_OfdInJson_AnOfdPackageWithThePdfsPages()
    {
        var request = Request(""", "formats": ["PDF", "OFD"] """);
        request.Formats.Remove(OutputFormat.HtmlPage);

        var response = await Render(request);

        Assert.Equal("PK", Encoding.ASCII.GetString(response.Ofd.Span[..2]));
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString(response.Pdf.Span[..4]));
        Assert.True(response.PageCount > 1);
        Assert.Equal(64, response.ContentSha256.Length);
    }

    [Fact]
    public async Task Render_OfdAlone_NoPdf_TheDigestCoversTheOfd()
    {
        var ofdOnly = Request();
        ofdOnly.Formats.Clear();
        ofdOnly.Formats.Add(OutputFormat.Ofd);
        var pdfOnly = Request();
        pdfOnly.Formats.Clear();
        pdfOnly.Formats.Add(OutputFormat.Pdf);

        var ofd = await Render(ofdOnly);
        var pdf = await Render(pdfOnly);

        Assert.True(ofd.Pdf.IsEmpty);
        Assert.False(ofd.Ofd.IsEmpty);
        Assert.Equal(pdf.PageCount, ofd.PageCount);
        Assert.NotEqual(pdf.ContentSha256, ofd.ContentSha256);
        Assert.Equal(ofd.ContentSha256, (await Render(ofdOnly)).ContentSha256);
    }

    [Fact]
    public async Task Render_NoFormats_HtmlPageAndPdfOnly()
    {
        var request = Request();
        request.Formats.Clear();

        var response = await Render(request);

        Assert.True(response.Ofd.IsEmpty);
        Assert.False(response.Pdf.IsEmpty);
        Assert.NotEmpty(response.Html);
    }

    [Fact]
    public async Task Render_OfdOfAReportThePdfCannotLayOut_TheSameInvalidArgument()
    {
        var request = Request();
        request.Formats.Clear();
        request.Formats.Add(OutputFormat.Ofd);
        var lines = new DocGen.Protos.V1.RichText { Text = new StringBuilder().Insert(0, "字\n", RequestLimits.NarrativeCharacters / 2).ToString() };
        (request.Report.Preamble, request.Report.Overview, request.Report.Problems, request.Report.OtherMatters) = (lines, lines, lines, lines);

        var error = await Assert.ThrowsAsync<ApiException>(() => Render(request));

        Assert.Equal(ApiStatusCode.InvalidArgument, error.Code);
        Assert.Contains("report cannot be printed on A4", error.Message);
    }
}
