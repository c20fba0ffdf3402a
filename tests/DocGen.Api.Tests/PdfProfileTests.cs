using System.Text;
using DocGen.Contracts;
using DocGen.Protos.V1;
using DocGen.Rendering;

namespace DocGen.Api.Tests;

/// <summary><c>pdf_profile</c> (a DocGen addition) through the API: the archive profile is PDF/A, a value the contract does not define is refused naming the field.</summary>
public sealed class PdfProfileTests
{
    private static readonly Lazy<ReportApi> SharedApi = new(() =>
    {
        var rendering = new ReportRendererSetup { TemplatesRoot = CheckoutPaths.Templates, WatchTemplates = false }.Create();
        return new ReportApi(rendering.Renderer, new RenderScheduler(new RenderSchedulerOptions()));
    });

    private static RenderRequest Request(string json)
    {
        var request = RequestJson.ParseRenderRequest(File.ReadAllText(CheckoutPaths.Fixture("panjin-commerce-2022.json")).TrimEnd().TrimEnd('}') + json + "}");
        request.Formats.Add(OutputFormat.Pdf);
        return request;
    }

    [Theory]
    [InlineData("", false)]
    [InlineData(""", "pdfProfile": "PDF_PROFILE_STANDARD" """, false)]
    [InlineData(""", "pdfProfile": "PDF_PROFILE_ARCHIVE" """, true)]
    [InlineData(""", "pdfProfile": 2 """, true)]
    public async Task Render_PdfProfileInJson_ArchiveOnlyWhenAsked(string json, bool archive)
    {
        var response = await SharedApi.Value.RenderAsync(Request(json), Admission.WaitForSlot, CancellationToken.None);

        var pdf = Encoding.Latin1.GetString(response.Pdf.ToByteArray());
        Assert.StartsWith("%PDF", pdf);
        Assert.Equal(archive, pdf.Contains("/GTS_PDFA1", StringComparison.Ordinal));
        Assert.Contains("/StructTreeRoot", pdf); // both profiles are tagged
    }

    [Fact]
    public async Task Render_PdfProfileNotInTheContract_InvalidArgumentNamingTheField()
    {
        var request = Request("");
        request.PdfProfile = (PdfProfile)7;

        var error = await Assert.ThrowsAsync<ApiException>(() => SharedApi.Value.RenderAsync(request, Admission.WaitForSlot, CancellationToken.None));

        Assert.Equal(ApiStatusCode.InvalidArgument, error.Code);
        Assert.Contains("pdf_profile", error.Message);
    }
}
