using DocGen.Protos.V1;
using DocGen.Server.Tests.Support;
using Google.Protobuf;
using Grpc.Core;

namespace DocGen.Server.Tests;

/// <summary>ImportReport over a real listener with the generated client: a published PDF in, a RenderRequest the same server renders out.</summary>
public sealed class ReportServiceImportTests(DocGenServerFixture fixture) : IClassFixture<DocGenServerFixture>
{
    [Fact]
    public async Task ImportReport_PublishedPdf_RecoversARequestTheServerRenders()
    {
        var request = new ImportRequest
        {
            Document = ByteString.CopyFrom(await File.ReadAllBytesAsync(CheckoutPaths.Shared("archive", "hzq-2023.pdf"))),
            FileName = "hzq-2023.pdf",
            SiteCode = "2111000031",
        };

        var imported = await fixture.Server.Reports.ImportReportAsync(request, deadline: DateTime.UtcNow.AddMinutes(2));

        Assert.Equal(("hzq-2023", Edition._2021, 21L), (imported.Request.RequestId, imported.Edition, imported.Request.Report.Applications.NewReceived.NaturalPerson));
        Assert.Contains(imported.Notes, n => n.Path == "applications.withheld.prohibited_by_law");
        imported.Request.Formats.Add(OutputFormat.HtmlFragment);
        var rendered = await fixture.Server.Reports.RenderAsync(imported.Request);
        var text = System.Text.RegularExpressions.Regex.Replace(rendered.Html, "<[^>]+>", "");
        Assert.Contains("洪泽区人民政府2023年政府信息公开工作年度报告", text);
    }

    [Fact]
    public async Task ImportReport_PageWithNoReport_InvalidArgumentNamingTheDocument()
    {
        var request = new ImportRequest
        {
            Document = ByteString.CopyFromUtf8("<html><body><nav>首页</nav><p>欢迎访问</p></body></html>"),
            MediaType = "text/html",
        };

        var e = await Assert.ThrowsAsync<RpcException>(() => fixture.Server.Reports.ImportReportAsync(request).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.StartsWith("document: no report found", e.Status.Detail);
    }
}
