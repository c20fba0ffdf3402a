using DocGen.Contracts;
using DocGen.Core.Completion;
using DocGen.Core.Layout;
using DocGen.Core.Validation;
using DocGen.Core.Model;

namespace DocGen.Import.Tests;

/// <summary>
/// 淮安市洪泽区人民政府's published 2023 report (../shared/archive/hzq-2023.pdf, made with WPS).
/// The expected figures were read by hand off the page images (pdftoppm, pages 2–4).
/// </summary>
public sealed class HzqPdfImportTests
{
    private static readonly Lazy<Import.Recognition.RecognizedReport> Imported = new(() =>
        ReportImporter.Import(File.ReadAllBytes(CheckoutPaths.Shared("archive", "hzq-2023.pdf")), "", "hzq-2023.pdf", Edition.Unspecified, CancellationToken.None));

    // Table 三 by row, columns 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计.
    public static TheoryData<string, long[]> ApplicationRowsAsPrinted => new()
    {
        { "new_received", [21, 0, 0, 0, 0, 0, 21] },
        { "carried_over", [0, 0, 0, 0, 0, 0, 0] },
        { "disclosed", [0, 0, 0, 0, 0, 0, 0] },
        { "partially_disclosed", [4, 0, 0, 0, 0, 0, 4] },
        { "withheld.state_secret", [1, 0, 0, 0, 0, 0, 1] },
        { "withheld.prohibited_by_law", [0, 0, 0, 0, 0, 0, 0] },
        { "withheld.safety_and_stability", [0, 0, 0, 0, 0, 0, 0] },
        { "withheld.third_party_rights", [0, 0, 0, 0, 0, 0, 0] },
        { "withheld.internal_affairs", [0, 0, 0, 0, 0, 0, 0] },
        { "withheld.process_information", [1, 0, 0, 0, 0, 0, 1] },
        { "withheld.enforcement_files", [1, 0, 0, 0, 0, 0, 1] },
        { "withheld.query_matters", [0, 0, 0, 0, 0, 0, 0] },
        { "unavailable.not_held", [10, 0, 0, 0, 0, 0, 10] },
        { "unavailable.needs_creation", [3, 0, 0, 0, 0, 0, 3] },
        { "unavailable.still_unclear", [0, 0, 0, 0, 0, 0, 0] },
        { "not_processed.complaints", [1, 0, 0, 0, 0, 0, 1] },
        { "not_processed.duplicate", [0, 0, 0, 0, 0, 0, 0] },
        { "not_processed.publications", [0, 0, 0, 0, 0, 0, 0] },
        { "not_processed.excessive", [0, 0, 0, 0, 0, 0, 0] },
        { "not_processed.confirmation", [0, 0, 0, 0, 0, 0, 0] },
        { "other_handling.other", [0, 0, 0, 0, 0, 0, 0] },
        { "results_total", [21, 0, 0, 0, 0, 0, 21] },
        { "carried_forward", [0, 0, 0, 0, 0, 0, 0] },
    };

    [Fact]
    public void Import_Hzq2023_ReadsTheTitleAndTable2()
    {
        var report = ReportMapper.ToDomain(Imported.Value.Report);

        Assert.Equal(("洪泽区人民政府", 2023, Edition.Edition2021), (report.Agency, report.Year, Imported.Value.Edition));
        var active = report.ActiveDisclosure2021!;
        Assert.Equal(new DocumentCounts(0, 0, 0), active.Rules);
        Assert.Equal(new DocumentCounts(0, 5, 5), active.NormativeDocuments);
        Assert.Equal((550L, 4119L, 195L, "7730.28"), (active.LicensingDecisions, active.PenaltyDecisions, active.EnforcementDecisions, active.FeeAmountWanYuan));
    }

    [Theory]
    [MemberData(nameof(ApplicationRowsAsPrinted))]
    public void Import_Hzq2023_ReadsEveryRowOfTable3(string field, long[] printed)
    {
        var report = ReportMapper.ToDomain(Imported.Value.Report);
        var row = ApplicationRows.Edition2021.Single(r => r.Field == field);

        var counts = row.Select(report.Applications!);

        Assert.NotNull(counts);
        Assert.Equal(printed, ApplicantColumns.All.Select(c => c == ApplicantColumns.Total ? counts.Total ?? -1 : c.Read(counts)).ToArray());
    }

    [Fact]
    public void Import_Hzq2023_ReadsTable4AsPrinted()
    {
        var review = ReportMapper.ToDomain(Imported.Value.Report).ReviewLitigation!;

        long[] Row(CaseOutcomes? c) => [c!.Upheld, c.Corrected, c.Other, c.Pending, c.Total ?? -1];
        Assert.Equal([10, 1, 0, 0, 0], Row(review.AdministrativeReview));
        Assert.Equal([0, 0, 0, 0, 0], Row(review.LitigationDirect));
        Assert.Equal([5, 0, 0, 0, 0], Row(review.LitigationAfterReview));
    }

    [Fact]
    public void Import_Hzq2023_OtherHandlingPrintedAsOneRow_IsReadAsOtherAndNoted()
    {
        var notes = Imported.Value.Notes;

        Assert.Contains(notes, n => n.Path == "applications.other_handling.other" && n.Message.Contains("printed as one row"));
        Assert.Contains(notes, n => n.Path == "applications.other_handling.overdue_correction.natural_person" && n.Message.Contains("left out"));
    }

    [Fact]
    public void Import_Hzq2023_MisprintedLabel_IsMatchedAndNoted()
    {
        var note = Assert.Single(Imported.Value.Notes, n => n.Path == "applications.withheld.prohibited_by_law");

        Assert.Equal("2.其他法律行政止公开", note.Found);
        Assert.Contains("page 3", note.Where);
    }

    // The published table 四 prints 总计 0 beside 结果维持 10 and 结果纠正 1 (and 0 beside 5): the
    // import keeps the printed figures, so validation reports exactly those two totals.
    [Fact]
    public void Validate_Hzq2023_FindsOnlyThePublishedTable4TotalsAsErrors()
    {
        var result = ReportValidator.Validate(ReportMapper.ToDomain(Imported.Value.Report), 2026);

        var errors = result.Findings.Where(f => f.IsError).ToArray();
        Assert.Equal(
            ["review_litigation.administrative_review.total", "review_litigation.litigation_after_review.total"],
            errors.Select(f => f.Path).ToArray());
        Assert.All(errors, f => Assert.Equal(FindingCodes.ReviewLitigationTotal, f.Code));
    }
}
