using DocGen.Core.Model;
using DocGen.Import.Recognition;

namespace DocGen.Import.Tests;

/// <summary>
/// A published PDF turned into markdown by a converter (上海市科委 2024 in the corpus): the title
/// broken before its last words, the three tables set after the narrative and numbered 一 to 三,
/// rows whose label the converter moved out of the pipe row.
/// </summary>
public sealed class ConverterMarkdownTests
{
    private const string Name = "shanghai-stcsm-2024.markdown.txt";

    private static RecognizedReport Import() =>
        ReportImporter.Import(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Corpus", Name)), "", Name, Edition.Unspecified, CancellationToken.None);

    [Fact]
    public void Import_TitleBrokenBeforeItsLastWords_NamesAgencyAndYear()
    {
        var imported = Import();

        Assert.Equal(("上海市科委", 2024), (imported.Report.Agency, imported.Report.Year));
        Assert.True(TitleLine.IsSplit("2024 年上海市科委政府信息公开工作", "年度报告"));
        Assert.False(TitleLine.IsSplit("政务公开", "年度报告"));
    }

    [Fact]
    public void Import_TablesNumberedTheReportsOwnWay_AreFound()
    {
        var imported = Import();

        var received = imported.Report.Applications!.NewReceived!;
        Assert.Equal((32L, 2L, 34L), (received.NaturalPerson, received.CommercialEnterprise, received.Total));
        Assert.Equal((13L, 55L), (imported.Report.ActiveDisclosure2021!.NormativeDocuments.Issued, imported.Report.ActiveDisclosure2021.NormativeDocuments.InForce));
        Assert.Equal(1L, imported.Report.ReviewLitigation!.AdministrativeReview!.Total);
    }

    [Fact]
    public void Import_RowsCutFromTheirLabels_AreTheRowsNotFoundBetweenTheirNeighbours()
    {
        // | 0 | 0 | 0 | 0 | 0 | 0 | 0 | after （一）予以公开's row is （二）部分公开; | 4 | … | 6 | … | 0 | … between
        // 8.属于行政查询事项 and （五）1.信访举报投诉类申请 are （四）1, 2 and 3; | 8 | 2 | 0 | 0 | 0 | 0 | 10 | is （六）1.
        var imported = Import();

        var a = imported.Report.Applications!;
        Assert.Equal((0L, 0L), (a.PartiallyDisclosed!.NaturalPerson, a.PartiallyDisclosed.Total));
        Assert.Equal((1L, 1L), (a.Withheld!.InternalAffairs!.NaturalPerson, a.Withheld.InternalAffairs.Total));
        Assert.Equal((4L, 6L, 0L), (a.Unavailable!.NotHeld!.Total, a.Unavailable.NeedsCreation!.Total, a.Unavailable.StillUnclear!.Total));
        Assert.Equal((8L, 2L, 10L), (a.OtherHandling!.OverdueCorrection!.NaturalPerson, a.OtherHandling.OverdueCorrection.CommercialEnterprise, a.OtherHandling.OverdueCorrection.Total));
        Assert.Contains(imported.Notes, n => n.Path == "applications.unavailable.needs_creation"
            && n.Message.Contains("the 2nd of 3 such rows between 8.属于行政查询事项 and 1.信访举报投诉类申请", StringComparison.Ordinal));
        Assert.DoesNotContain(imported.Notes, n => n.Message.Contains("not found; the field is left out", StringComparison.Ordinal) && n.Path.StartsWith("applications.", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_RowsCutFromTheirLabels_FewerThanTheRowsNotFound_AreLeftOutNoted()
    {
        // Drop （四）2's row: two rows without a label stand where three rows are not found, so which is which is not known.
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Corpus", Name)).Replace("| 6 | 0 | 0 | 0 | 0 | 0 | 6 |\n", "", StringComparison.Ordinal);
        var imported = ReportImporter.Import(System.Text.Encoding.UTF8.GetBytes(text), "", Name, Edition.Unspecified, CancellationToken.None);

        var unavailable = imported.Report.Applications!.Unavailable;
        Assert.True(unavailable?.NotHeld is null or { Total: 0, NaturalPerson: 0 });
        Assert.Contains(imported.Notes, n => n.Path == "applications.unavailable.not_held.total" && n.Message.Contains("not found; the field is left out", StringComparison.Ordinal));
        Assert.Contains(imported.Notes, n => n.Path == "applications.unavailable.still_unclear.total" && n.Message.Contains("not found; the field is left out", StringComparison.Ordinal));
        // The other gaps still hold as many rows as rows not found.
        Assert.Equal(1L, imported.Report.Applications.Withheld!.InternalAffairs!.Total);
    }

    [Fact]
    public void Import_RowsCutFromTheirLabels_ThatBreakTheTablesRules_AreLeftOutNoted()
    {
        // （三）5's row as 2 … 2: it fits its own 总计, but the results no longer sum to （七）总计 (33 … 35).
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Corpus", Name)).Replace("| 1 | 0 | 0 | 0 | 0 | 0 | 1 |", "| 2 | 0 | 0 | 0 | 0 | 0 | 2 |", StringComparison.Ordinal);
        var imported = ReportImporter.Import(System.Text.Encoding.UTF8.GetBytes(text), "", Name, Edition.Unspecified, CancellationToken.None);

        Assert.Contains(imported.Notes, n => n.Path == "applications.withheld.internal_affairs.natural_person"
            && n.Message.Contains("no combination of the table's rows satisfies its 勾稽 rules", StringComparison.Ordinal) && n.Message.Contains("left out", StringComparison.Ordinal));
        Assert.True(imported.Report.Applications!.Withheld!.InternalAffairs is null or { NaturalPerson: 0, Total: 0 });
    }

    [Fact]
    public void Import_OneCellRowsSetAsTextLinesBeforeTheTable_AreRead()
    {
        // "行政许可 97", "行政处罚 0", "行政强制 0", "行政事业性收费 0" stand as text lines above the pipe table of 规章 and 规范性文件.
        var imported = Import();

        var active = imported.Report.ActiveDisclosure2021!;
        Assert.Equal((97L, 0L, 0L), (active.LicensingDecisions, active.PenaltyDecisions, active.EnforcementDecisions));
        Assert.Equal((13L, 55L), (active.NormativeDocuments.Issued, active.NormativeDocuments.InForce));
        Assert.Contains(imported.Notes, n => n.Path == "active_disclosure_2021.licensing_decisions" && n.Message.Contains("line of its own", StringComparison.Ordinal));
        Assert.DoesNotContain(imported.Notes, n => n.Path.StartsWith("active_disclosure_2021.", StringComparison.Ordinal) && n.Message.Contains("left out", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_MarkdownHeadingsAndATitleWithSpacesAroundItsYear_AreRead()
    {
        // 沭阳县 2025 as a converter wrote it: "# 沐阳县人民政府 2025 年 政府信息公开工作年度报告", "## 一、总体情况".
        const string name = "shuyang-county-2025.markdown.txt";
        var imported = ReportImporter.Import(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Corpus", name)), "", name, Edition.Unspecified, CancellationToken.None);

        Assert.Equal(("沐阳县人民政府", 2025), (imported.Report.Agency, imported.Report.Year));
        Assert.DoesNotContain(imported.Notes, n => n.Path is "agency" or "year" or "overview");
        Assert.Equal(713L, imported.Report.Applications!.NewReceived!.Total);
        Assert.Equal("一、总体情况", Reading.PipeTableText.WithoutHeadingMarks("## 一、总体情况"));
        Assert.Equal("#一、总体情况", Reading.PipeTableText.WithoutHeadingMarks("#一、总体情况"));
    }

    [Fact]
    public void Import_ReviewAndLitigationAsThreeTablesUnderTheirOwnHeads_AreReadGroupByGroup()
    {
        // 沭阳县 2025: "### 行政复议" | 结果维持 | … | 总计 | over | 27 | 10 | 9 | 15 | 61 |, then the two 行政诉讼 groups the same way.
        var imported = ImportShuyang(text => text);

        var review = imported.Report.ReviewLitigation!;
        Assert.Equal((27L, 61L), (review.AdministrativeReview!.Upheld, review.AdministrativeReview.Total));
        Assert.Equal((3L, 0L, 3L), (review.LitigationDirect!.Upheld, review.LitigationDirect.Pending, review.LitigationDirect.Total));
        Assert.Equal((8L, 1L, 1L, 10L), (review.LitigationAfterReview!.Upheld, review.LitigationAfterReview.Other, review.LitigationAfterReview.Pending, review.LitigationAfterReview.Total));
        Assert.DoesNotContain(imported.Notes, n => n.Path.StartsWith("review_litigation.", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_ReviewGroupThatBreaksItsTotal_DoesNotGoOnToTheNextTable()
    {
        // 27 + 10 + 9 + 15 is 61, not 62: whether the next table continues this row is not known, so the two 行政诉讼 groups are left out, noted.
        var imported = ImportShuyang(text => text.Replace("| 27 | 10 | 9 | 15 | 61 |", "| 27 | 10 | 9 | 15 | 62 |", StringComparison.Ordinal));

        Assert.Null(imported.Report.ReviewLitigation!.LitigationDirect);
        Assert.Contains(imported.Notes, n => n.Path == "review_litigation.litigation_after_review.total" && n.Message.Contains("left out", StringComparison.Ordinal));
    }

    private static RecognizedReport ImportShuyang(Func<string, string> edit)
    {
        const string name = "shuyang-county-2025.markdown.txt";
        var text = edit(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Corpus", name)));
        return ReportImporter.Import(System.Text.Encoding.UTF8.GetBytes(text), "", name, Edition.Unspecified, CancellationToken.None);
    }

    [Fact]
    public void FindNational_NarrativeHeadingsNumberedLikeTheTables_AreNotTakenForThem()
    {
        // 二、工作机制保障 / 三、主动公开工作情况 / 四、政府信息公开申请情况 stand before the tables' own headings.
        string[] paragraphs = ["一、总体情况", "二、工作机制保障", "三、主动公开工作情况", "四、政府信息公开申请情况", "一、主动公开政府信息情况", "二、收到和处理政府信息公开申请情况", "三、政府信息公开行政复议、行政诉讼情况"];

        Assert.Equal([0, 4, 5, 6, -1, -1], Headings.FindNational(paragraphs, 0));
    }
}
