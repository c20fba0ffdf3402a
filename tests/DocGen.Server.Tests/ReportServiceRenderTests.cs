using DocGen.Protos.V1;
using DocGen.Server.Tests.Support;
using Grpc.Core;

namespace DocGen.Server.Tests;

/// <summary>Render over a real listener with Grpc.Net.Client and the generated client, as a CMS calls it.</summary>
public sealed class ReportServiceRenderTests(DocGenServerFixture fixture) : IClassFixture<DocGenServerFixture>
{
    private async Task<RenderResponse> RenderAsync(RenderRequest request, CallOptions options = default) =>
        await fixture.Server.Reports.RenderAsync(request, options);

    private async Task<RpcException> RenderFailsAsync(RenderRequest request, CallOptions options = default) =>
        await Assert.ThrowsAsync<RpcException>(async () => await fixture.Server.Reports.RenderAsync(request, options));

    public static TheoryData<string, Edition, string> Fixtures => new()
    {
        { "panjin-commerce-2022.json", Edition._2021, "盘锦市商务局" },
        { "minhou-commerce-2020.json", Edition._2019, "闽侯县商务局" },
        { "zhangdian-commerce-2017.json", Edition.Legacy2008, "张店区商务局" },
        { "synthetic-busy-2023.json", Edition._2021, "示例市人民政府办公室" },
        { "synthetic-broken-2023.json", Edition._2021, "示例市人民政府办公室" },
    };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Render_Fixture_ReturnsPageAndPdfOfItsEdition(string file, Edition edition, string agency)
    {
        var request = Requests.Fixture(file);

        var response = await RenderAsync(request);

        Assert.Equal(request.RequestId, response.RequestId);
        Assert.Equal(edition, response.Edition);
        Assert.StartsWith("<!DOCTYPE html>", response.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(agency, response.Html);
        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(response.Pdf.Span[..5]));
        Assert.True(response.PageCount >= 1, "page_count of the PDF");
        Assert.Matches("^[0-9a-f]{64}$", response.ContentSha256);
    }

    [Fact]
    public async Task Render_SameRequestTwice_SameDigestAndBytes()
    {
        var request = Requests.Fixture("synthetic-busy-2023.json");

        var first = await RenderAsync(request);
        var second = await RenderAsync(request);

        Assert.Equal(first.ContentSha256, second.ContentSha256);
        Assert.Equal(first.Pdf, second.Pdf);
        Assert.Equal(first.Html, second.Html);
    }

    [Fact]
    public async Task Render_DifferentFigure_DifferentDigest()
    {
        var request = Requests.Fixture("synthetic-busy-2023.json");
        var changed = request.Clone();
        changed.Report.ActiveDisclosure2021.PenaltyDecisions += 1;

        var first = await RenderAsync(request);
        var second = await RenderAsync(changed);

        Assert.NotEqual(first.ContentSha256, second.ContentSha256);
    }

    [Fact]
    public async Task Render_FragmentOnly_ReturnsBodyWithoutPageOrPdf()
    {
        var request = Requests.Fixture("panjin-commerce-2022.json");
        request.Formats.Clear();
        request.Formats.Add(OutputFormat.HtmlFragment);

        var response = await RenderAsync(request);

        Assert.DoesNotContain("<html", response.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<table", response.Html);
        Assert.Equal("", response.HtmlFragment);
        Assert.True(response.Pdf.IsEmpty);
        Assert.Equal(0, response.PageCount);
    }

    [Fact]
    public async Task Render_BothHtmlForms_PageInHtmlAndFragmentBeside()
    {
        var request = Requests.Fixture("panjin-commerce-2022.json");
        request.Formats.Clear();
        request.Formats.Add(OutputFormat.HtmlPage);
        request.Formats.Add(OutputFormat.HtmlFragment);

        var response = await RenderAsync(request);

        Assert.Contains("<html", response.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<html", response.HtmlFragment, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<table", response.HtmlFragment);
    }

    [Fact]
    public async Task Render_NotStrictWithErrors_RendersAndReturnsTheFindings()
    {
        var response = await RenderAsync(Requests.Fixture("synthetic-broken-2023.json"));

        Assert.Equal(4, response.Findings.Count(f => f.Severity == Finding.Types.Severity.Error));
        Assert.Contains(response.Findings, f => f.Path == "applications.new_received.total" && f.Expected == 1330 && f.Actual == 1331);
        Assert.True(response.PageCount >= 1);
    }

    [Fact]
    public async Task Render_StrictWithErrors_InvalidArgumentWithEveryErrorAsFieldViolation()
    {
        var request = Requests.Fixture("synthetic-broken-2023.json");
        request.Strict = true;

        var e = await RenderFailsAsync(request);

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        var violations = e.GetRpcStatus()?.GetDetail<Google.Rpc.BadRequest>()?.FieldViolations ?? throw new Xunit.Sdk.XunitException("no BadRequest in grpc-status-details-bin");
        Assert.Equal(
            new[]
            {
                "report.applications.carried_forward.other_org",
                "report.applications.new_received.total",
                "report.applications.results_total.natural_person",
                "report.review_litigation.litigation_direct.total",
            },
            violations.Select(v => v.Field).Order(StringComparer.Ordinal));
        Assert.Contains(violations, v => v.Description.StartsWith("APPLICANT_ROW_TOTAL: 表三", StringComparison.Ordinal));
    }

    [Theory]
    // The four cells the errors name, and （七）总计's 总计, which the overview's "办结1324件" contradicts.
    [InlineData(true, 5)]
    [InlineData(false, 0)]
    public async Task Render_MarkFindings_OnlyAPreviewMarksTheFlaggedCells(bool markFindings, int markedCells)
    {
        var request = Requests.Fixture("synthetic-broken-2023.json");
        request.Formats.Clear();
        request.Formats.Add(OutputFormat.HtmlFragment);
        request.MarkFindings = markFindings;

        var response = await RenderAsync(request);

        var marked = System.Text.RegularExpressions.Regex.Matches(response.Html, "<td[^>]*class=\"[^\"]*docgen-marked[^>]*>")
            .Select(m => System.Text.RegularExpressions.Regex.Match(m.Value, "data-field=\"([^\"]+)\"").Groups[1].Value)
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(markedCells, marked.Length);
        if (markFindings) Assert.Contains("applications.new_received.total", marked);
        if (markFindings) Assert.Contains("applications.results_total.total", marked);
    }

    [Fact]
    public async Task Render_StrictWithOnlyWarnings_Renders()
    {
        var request = Requests.Fixture("panjin-commerce-2022.json"); // 六 does not mention 信息处理费: a warning
        request.Strict = true;

        var response = await RenderAsync(request);

        Assert.Contains(response.Findings, f => f.Severity == Finding.Types.Severity.Warning);
        Assert.True(response.PageCount >= 1);
    }

    [Fact]
    public async Task Render_UnknownSite_NotFoundNamingTheCode()
    {
        var request = Requests.Fixture("panjin-commerce-2022.json");
        request.SiteCode = "9999999999";

        var e = await RenderFailsAsync(request);

        Assert.Equal(StatusCode.NotFound, e.StatusCode);
        Assert.Contains("9999999999", e.Status.Detail);
    }

    [Fact]
    public async Task Render_NoReport_InvalidArgumentNamingTheField()
    {
        var e = await RenderFailsAsync(new RenderRequest { RequestId = "empty", SiteCode = "2111000031" });

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.StartsWith("report", e.Status.Detail);
    }

    [Fact]
    public async Task Render_UnspecifiedFormat_InvalidArgumentNamingTheField()
    {
        var request = Requests.Fixture("panjin-commerce-2022.json");
        request.Formats.Add(OutputFormat.Unspecified);

        var e = await RenderFailsAsync(request);

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.Contains("formats[2]", e.Status.Detail);
    }

    [Fact]
    public async Task Render_DeadlineShorterThanTheRender_DeadlineExceeded()
    {
        var e = await RenderFailsAsync(Requests.Long("slow", paragraphs: 3000),
            new CallOptions(deadline: DateTime.UtcNow.AddMilliseconds(200)));

        Assert.Equal(StatusCode.DeadlineExceeded, e.StatusCode);
    }

    [Fact]
    public async Task Render_HostileAgencyName_EscapedEverywhere()
    {
        var request = Requests.Fixture("synthetic-broken-2023.json");
        request.Report.Agency = "</title><script>alert(1)</script>";
        request.Formats.Clear();
        request.Formats.Add(OutputFormat.HtmlPage);

        var response = await RenderAsync(request);

        Assert.DoesNotContain("<script>alert(1)", response.Html);
        Assert.DoesNotContain("onerror", response.Html);
        Assert.DoesNotContain("alert('x')", response.Html);
    }
}
