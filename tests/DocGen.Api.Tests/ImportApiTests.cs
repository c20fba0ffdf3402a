using System.Diagnostics;
using System.Text;
using DocGen.Contracts;
using DocGen.Protos.V1;
using Google.Protobuf;

namespace DocGen.Api.Tests;

/// <summary>ImportReport's behaviour without a transport: the recovered request, its findings, the cross-year check.</summary>
public sealed class ImportApiTests
{
    private static readonly ImportApi Api = new(TimeProvider.System);

    private static ImportRequest Archive(string file, string site = "") => new()
    {
        Document = ByteString.CopyFrom(File.ReadAllBytes(CheckoutPaths.Shared("archive", file))),
        FileName = "archive/" + file,
        SiteCode = site,
    };

    [Fact]
    public void Import_ArchivePdf_ReturnsARequestNamedAfterTheFileForTheSite()
    {
        var response = Api.Import(Archive("hzq-2023.pdf", site: "2111000031"), CancellationToken.None);

        Assert.Equal(("hzq-2023", "2111000031", Edition._2021), (response.Request.RequestId, response.Request.SiteCode, response.Edition));
        Assert.Equal(4119, response.Request.Report.ActiveDisclosure2021.PenaltyDecisions);
        Assert.Equal(["review_litigation.administrative_review.total", "review_litigation.litigation_after_review.total"],
            response.Findings.Where(f => f.Severity == Finding.Types.Severity.Error).Select(f => f.Path).ToArray());
        Assert.Contains(response.Notes, n => n.Path == "applications.withheld.prohibited_by_law" && n.Where.Contains("page 3"));
    }

    [Fact]
    public void Import_ArchiveText_RecoversTheFixturesReport()
    {
        var response = Api.Import(Archive("minhou-commerce-2020.txt"), CancellationToken.None);

        var fixture = RequestJson.ParseRenderRequest(File.ReadAllText(CheckoutPaths.Fixture("minhou-commerce-2020.json")));
        Assert.Equal(fixture.Report.ActiveDisclosure2019, response.Request.Report.ActiveDisclosure2019);
        Assert.DoesNotContain(response.Findings, f => f.Severity == Finding.Types.Severity.Error);
    }

    // Read by hand: each says no more about the tables than they hold (Panjin and Minhou: no applications;
    // 洪泽区: 受理政府信息公开申请 21 件 beside 一's 总计 21; Zhangdian: LEGACY_2008, no tables).
    [Theory]
    [InlineData("panjin-commerce-2022.txt")]
    [InlineData("minhou-commerce-2020.txt")]
    [InlineData("zhangdian-commerce-2017.txt")]
    [InlineData("hzq-2023.pdf")]
    public void Import_ArchiveWhoseTextAgreesWithItsTables_NoNarrativeFinding(string file) =>
        Assert.DoesNotContain(Api.Import(Archive(file), CancellationToken.None).Findings, f => f.Code == "NARRATIVE_TABLE_MISMATCH");

    [Fact]
    public void Import_ArchiveTextWhoseNarrativeContradictsItsTable_OneNarrativeFinding()
    {
        var request = Archive("panjin-commerce-2022.txt");
        var text = request.Document.ToStringUtf8().Replace("我局未收到政府信息公开申请", "我局受理政府信息公开申请7件", StringComparison.Ordinal);
        request.Document = ByteString.CopyFromUtf8(text);

        var finding = Assert.Single(Api.Import(request, CancellationToken.None).Findings, f => f.Code == "NARRATIVE_TABLE_MISMATCH");

        Assert.Equal(("applications.new_received.total", 7L, 0L), (finding.Path, finding.Expected, finding.Actual));
    }

    [Fact]
    public void Import_WithThePreviousYear_ReportsEachCarriedOverColumnThatDiffersNamingBothReports()
    {
        var request = Archive("panjin-commerce-2022.txt");
        request.Previous = new AnnualReport
        {
            Agency = "盘锦市商务局",
            Year = 2021,
            Applications = new ApplicationStats { CarriedForward = new ApplicantCounts { NaturalPerson = 2, Total = 2 } },
        };

        var response = Api.Import(request, CancellationToken.None);

        var mismatches = response.Findings.Where(f => f.Code == "CARRIED_OVER_MISMATCH").ToArray();
        Assert.Equal(["applications.carried_over.natural_person", "applications.carried_over.total"], mismatches.Select(f => f.Path).ToArray());
        Assert.Contains("盘锦市商务局2021年报告", mismatches[0].Message);
        Assert.Contains("盘锦市商务局2022年报告", mismatches[0].Message);
        Assert.Equal((2L, 0L), (mismatches[0].Expected, mismatches[0].Actual));
    }

    [Fact]
    public void Import_PreviousOfAnotherAgency_IsNotCompared()
    {
        var request = Archive("panjin-commerce-2022.txt");
        request.Previous = new AnnualReport
        {
            Agency = "盘锦市财政局",
            Year = 2021,
            Applications = new ApplicationStats { CarriedForward = new ApplicantCounts { NaturalPerson = 2 } },
        };

        Assert.DoesNotContain(Api.Import(request, CancellationToken.None).Findings, f => f.Code == "CARRIED_OVER_MISMATCH");
    }

    public static TheoryData<string, Func<byte[]>, string, string> BadDocuments => new()
    {
        { "empty", () => [], "", "document is empty" },
        { "past the size limit", () => new byte[DocGen.Import.ImportLimits.MaxDocumentBytes + 1], "application/pdf", "the limit is 33,554,432" },
        { "binary junk", () => Junk(64 * 1024), "", "document: document is not UTF-8" },
        { "control characters", () => Encoding.UTF8.GetBytes(new string('\u0001', 5000) + "一、总体情况"), "text/plain", "binary, not text" },
        { "HTML with no report", () => Encoding.UTF8.GetBytes("<html><head><title>首页</title></head><body><nav>首页 › 政府信息公开</nav><p>欢迎访问</p><script>var s='一、总体情况';</script></body></html>"), "text/html", "no report found" },
        { "deeply nested HTML", () => Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<div><span>", 10_000)) + "一、总体情况"), "text/html", "nests elements deeper than 256" },
        { "a PDF header and junk", () => [.. "%PDF-1.7\n"u8.ToArray(), .. Junk(20_000)], "", "document: PDF cannot be read" },
        { "a truncated PDF", () => File.ReadAllBytes(CheckoutPaths.Shared("archive", "hzq-2023.pdf"))[..4_000], "application/pdf", "document: PDF" },
        { "an encrypted PDF", EncryptedPdf, "application/pdf", "document: PDF is encrypted" },
    };

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public void Import_BadDocument_IsInvalidArgumentNamingTheProblem(string what, Func<byte[]> document, string mediaType, string message)
    {
        var request = new ImportRequest { Document = ByteString.CopyFrom(document()), MediaType = mediaType, FileName = what };

        var refusal = Assert.Throws<ApiException>(() => Api.Import(request, CancellationToken.None));

        Assert.Equal(ApiStatusCode.InvalidArgument, refusal.Code);
        Assert.Contains(message, refusal.Message);
    }

    [Fact]
    public void Import_Cancelled_StopsWithCancellation()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Api.Import(Archive("hzq-2023.pdf"), cancelled.Token));
    }

    [Fact]
    public void Import_UndefinedEdition_IsInvalidArgumentNamingTheField()
    {
        var request = Archive("panjin-commerce-2022.txt");
        request.Edition = (Edition)9;

        var refusal = Assert.Throws<ApiException>(() => Api.Import(request, CancellationToken.None));

        Assert.StartsWith("edition is 9", refusal.Message);
    }

    private static byte[] Junk(int length)
    {
        var bytes = new byte[length];
        new Random(12).NextBytes(bytes);
        return bytes;
    }

    /// <summary>hzq-2023.pdf encrypted with a user password by qpdf (installed by script/bootstrap).</summary>
    private static byte[] EncryptedPdf()
    {
        var output = Path.Combine(Path.GetTempPath(), $"docgen-encrypted-{Guid.NewGuid():N}.pdf");
        try
        {
            using var qpdf = Process.Start(new ProcessStartInfo("qpdf",
                ["--encrypt", "user-secret", "owner-secret", "256", "--", CheckoutPaths.Shared("archive", "hzq-2023.pdf"), output])
            { RedirectStandardError = true })!;
            qpdf.WaitForExit();
            Assert.Equal(0, qpdf.ExitCode);
            return File.ReadAllBytes(output);
        }
        finally
        {
            File.Delete(output);
        }
    }
}
