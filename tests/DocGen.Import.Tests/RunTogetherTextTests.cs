using System.Text;
using DocGen.Core.Model;

namespace DocGen.Import.Tests;

/// <summary>One-line captures: a digit run is split only when the row's totals allow one split; a hostile run ends quickly with a note.</summary>
public sealed class RunTogetherTextTests
{
    private static string OneLine(string tableThree) =>
        "某县商务局2022年政府信息公开工作年度报告" + new string('文', 900)
        + "一、总体情况本年度工作有序开展。二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件6233440"
        + "三、收到和处理政府信息公开申请情况" + tableThree
        + "四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼000000000000000五、存在的主要问题及改进情况无。六、其他需要报告的事项无。";

    private static Recognition.RecognizedReport Import(string text) =>
        ReportImporter.Import(Encoding.UTF8.GetBytes(text), "", "a.txt", Edition.Unspecified, CancellationToken.None);

    [Fact]
    public void Import_RowWithOneSplit_IsRead()
    {
        var corpus = Path.Combine(AppContext.BaseDirectory, "Corpus", "shuyang-drc-2023.oneline.txt");
        var imported = ReportImporter.Import(File.ReadAllBytes(corpus), "", "shuyang-drc-2023.oneline.txt", Edition.Unspecified, CancellationToken.None);

        Assert.Equal((0L, 0L), (imported.Report.Applications.CarriedOver.NaturalPerson, imported.Report.Applications.CarriedOver.Total));
        Assert.Contains(imported.Notes, n => n.Path == "applications.carried_over" && n.Found == "00" && n.Message.Contains("split as 0 0 0 0 0 0 0", StringComparison.Ordinal));
    }

    /// <summary>
    /// 沭阳 2023 as a crawler's one line: 本年新收 is `2626`. 26 in any of the six applicant columns
    /// fits, and so does 2626 in one (the whole table balances that way too): nothing in the line
    /// says which, so every cell is left out, the note naming the candidates — never a guess.
    /// </summary>
    [Fact]
    public void Import_RunThatFitsSeveralColumns_IsLeftOutSayingTheCaptureKeepsNoColumn()
    {
        var corpus = Path.Combine(AppContext.BaseDirectory, "Corpus", "shuyang-drc-2023.oneline.txt");
        var imported = ReportImporter.Import(File.ReadAllBytes(corpus), "", "shuyang-drc-2023.oneline.txt", Edition.Unspecified, CancellationToken.None);

        foreach (var cell in new[] { "natural_person", "commercial_enterprise", "total" })
        {
            var note = Assert.Single(imported.Notes, n => n.Path == "applications.new_received." + cell);
            Assert.Equal("2626", note.Found);
            Assert.Contains("keeps no blank cell and no column", note.Message, StringComparison.Ordinal);
            Assert.Contains("0 0 0 0 0 26 26 | 0 0 0 0 0 2626 2626", note.Message, StringComparison.Ordinal);
            Assert.EndsWith("the field is left out", note.Message, StringComparison.Ordinal);
        }
        Assert.Equal(0L, imported.Report.Applications?.NewReceived?.Total ?? 0);
    }

    [Fact]
    public void Import_RowThatABlankTotalWouldAlsoFit_IsLeftOutNamingTheCandidates()
    {
        // 5 0 0 0 0 0 5, or 500000 and 5 with the 总计 left blank: the row alone cannot tell.
        var imported = Import(OneLine("一、本年新收政府信息公开申请数量5000005"));

        var note = Assert.Single(imported.Notes, n => n.Path == "applications.new_received.total");
        Assert.Contains("splits match the row's totals: ", note.Message, StringComparison.Ordinal);
        Assert.Equal(0L, imported.Report.Applications?.NewReceived?.Total ?? 0);
    }

    [Fact]
    public void Import_RowWithoutATotal_IsLeftOutNamingWhy()
    {
        var imported = Import(OneLine("一、本年新收政府信息公开申请数量5000005"));

        Assert.Contains(imported.Notes, n => n.Path == "active_disclosure_2021.normative_documents.issued" && n.Found == "6233440"
            && n.Message.Contains("the row has no total to tell between several splits", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_RowWithSeveralSplits_IsLeftOutNamingTheCandidates()
    {
        var imported = Import(OneLine("一、本年新收政府信息公开申请数量110000011"));

        Assert.Contains(imported.Notes, n => n.Path == "applications.new_received.total" && n.Message.Contains("several splits match the row's totals: ", StringComparison.Ordinal)
            && n.Message.Contains("the table's 勾稽 rules do not tell which", StringComparison.Ordinal));
        Assert.Equal(0L, imported.Report.Applications?.NewReceived?.Total ?? 0);
    }

    private static Recognition.RecognizedReport ImportCorpus(string name) =>
        ReportImporter.Import(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Corpus", name)), "", name, Edition.Unspecified, CancellationToken.None);

    private static long[] Cells(DocGen.Protos.V1.ApplicantCounts row) =>
        [row.NaturalPerson, row.CommercialEnterprise, row.ResearchInstitution, row.PublicInterestOrg, row.LegalServiceOrg, row.OtherOrg, row.Total];

    /// <summary>
    /// 平潭 2024's page prints every cell, zeros included, and its crawler ran them together:
    /// `21710000218`, `0000000`, `1100002`. Its table 三 shows it (19 of 25 runs are one digit a
    /// cell, every run splits into exactly seven cells as its totals allow, the 勾稽 rules hold),
    /// so each run is read as exactly its seven cells; table 四's one run, `21317000001324019`, as
    /// its fifteen under the groups' totals.
    /// </summary>
    [Fact]
    public void Import_PingtanTablesThatPrintEveryCell_ReadEachRunAsExactlyItsCells()
    {
        var imported = ImportCorpus("pingtan-gov-2024.text.txt");

        var applications = imported.Report.Applications;
        Assert.Equal(new long[] { 217L, 1, 0, 0, 0, 0, 218 }, Cells(applications.NewReceived));
        Assert.Equal(new long[] { 217L, 1, 0, 0, 0, 0, 218 }, Cells(applications.ResultsTotal));
        Assert.Equal(new long[] { 32L, 0, 0, 0, 0, 0, 32 }, Cells(applications.Withheld.InternalAffairs));
        Assert.Equal(new long[] { 1L, 1, 0, 0, 0, 0, 2 }, Cells(applications.OtherHandling.Other));
        var review = imported.Report.ReviewLitigation;
        Assert.Equal(new long[] { 2L, 1, 3, 1, 7 }, new[] { review.AdministrativeReview.Upheld, review.AdministrativeReview.Corrected, review.AdministrativeReview.Other, review.AdministrativeReview.Pending, review.AdministrativeReview.Total });
        Assert.Equal(new long[] { 13L, 2, 4, 0, 19 }, new[] { review.LitigationAfterReview.Upheld, review.LitigationAfterReview.Corrected, review.LitigationAfterReview.Other, review.LitigationAfterReview.Pending, review.LitigationAfterReview.Total });
        Assert.Contains(imported.Notes, n => n.Path == "" && n.Where.StartsWith("三、", StringComparison.Ordinal)
            && n.Message.StartsWith("every cell of this table is printed (19 of its 25 runs have one digit a cell", StringComparison.Ordinal));
        Assert.Contains(imported.Notes, n => n.Path == "applications.new_received" && n.Found == "21710000218"
            && n.Message.EndsWith("split as 217 1 0 0 0 0 218, the only split into its 7 cells the row's totals allow", StringComparison.Ordinal));
    }

    /// <summary>平潭 2021 prints 部分公开 as `500000 5`: the space is the page's, the seven digits the row's.</summary>
    [Fact]
    public void Import_PingtanRunWithASpaceInside_IsOneRowsDigits()
    {
        var imported = ImportCorpus("pingtan-gov-2021.text.txt");

        Assert.Equal(new long[] { 5L, 0, 0, 0, 0, 0, 5 }, Cells(imported.Report.Applications.PartiallyDisclosed));
        Assert.Equal(new long[] { 22L, 0, 0, 0, 0, 3, 25 }, Cells(imported.Report.Applications.Unavailable.NotHeld));
    }

    /// <summary>A space inside a run is the page's whitespace whether or not the table prints every cell: its digits after the space are the row's too, not dropped.</summary>
    [Fact]
    public void Import_RunWithASpaceInsideInATableThatDropsBlankCells_WeighsEveryDigit()
    {
        var imported = Import(OneLine("一、本年新收政府信息公开申请数量26 26"));

        var note = Assert.Single(imported.Notes, n => n.Path == "applications.new_received.total");
        Assert.Equal("2626", note.Found);
        Assert.Contains("0 0 0 0 0 26 26 | 0 0 0 0 0 2626 2626", note.Message, StringComparison.Ordinal);
        Assert.EndsWith("the field is left out", note.Message, StringComparison.Ordinal);
    }

    /// <summary>平潭 2022 prints its fourth heading 四、政府信息公开行政法复议、行政诉讼情况: one character more, the same heading.</summary>
    [Fact]
    public void Import_PingtanHeadingMisprintedByOneCharacter_StillCutsTableFour()
    {
        var imported = ImportCorpus("pingtan-gov-2022.text.txt");

        var review = imported.Report.ReviewLitigation;
        Assert.Equal(new long[] { 0, 1, 1, 0, 2 }, new[] { review.AdministrativeReview.Upheld, review.AdministrativeReview.Corrected, review.AdministrativeReview.Other, review.AdministrativeReview.Pending, review.AdministrativeReview.Total });
        Assert.Equal(new long[] { 1, 0, 0, 0, 1 }, new[] { review.LitigationDirect.Upheld, review.LitigationDirect.Corrected, review.LitigationDirect.Other, review.LitigationDirect.Pending, review.LitigationDirect.Total });
        Assert.Contains(imported.Notes, n => n.Message == "heading printed as «四、政府信息公开行政法复议、行政诉讼情况»; read as 四、政府信息公开行政复议、行政诉讼情况");
    }

    [Fact]
    public void Import_EveryCellPrintedButTwoSplitsFit_LeavesTheRowOutNamingBoth()
    {
        // Three runs of one digit a cell show the table prints every cell; 110000011 is still 11 0 0 0 0 0 11 or 1 10 0 0 0 0 11,
        // and with the other rows missing no 勾稽 rule can tell.
        var imported = Import(OneLine("一、本年新收政府信息公开申请数量110000011二、上年结转政府信息公开申请数量0000000（一）予以公开0000000（二）部分公开0000000"));

        var note = Assert.Single(imported.Notes, n => n.Path == "applications.new_received.natural_person");
        Assert.Contains("this table prints every cell", note.Message, StringComparison.Ordinal);
        Assert.Contains("2 splits into its 7 cells match the row's totals: 1 10 0 0 0 0 11 | 11 0 0 0 0 0 11", note.Message, StringComparison.Ordinal);
        Assert.EndsWith("the field is left out", note.Message, StringComparison.Ordinal);
        Assert.Equal(0L, imported.Report.Applications?.NewReceived?.NaturalPerson ?? 0);
    }

    [Fact]
    public void Import_RunTooShortForItsCells_RefutesThePremise()
    {
        // 2626 cannot fill seven cells: this table drops blank cells, whatever its zero rows show.
        var imported = Import(OneLine("一、本年新收政府信息公开申请数量2626二、上年结转政府信息公开申请数量0000000（一）予以公开0000000（二）部分公开0000000"));

        Assert.DoesNotContain(imported.Notes, n => n.Message.StartsWith("every cell of this table is printed", StringComparison.Ordinal));
        var note = Assert.Single(imported.Notes, n => n.Path == "applications.new_received.total");
        Assert.Contains("keeps no blank cell and no column", note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_HostileDigitRun_EndsWithANoteInsteadOfSearchingForever()
    {
        var imported = Import(OneLine("一、本年新收政府信息公开申请数量" + new string('1', 60)));

        Assert.Contains(imported.Notes, n => n.Path == "applications.new_received.total" && n.Message.StartsWith("figures run together", StringComparison.Ordinal));
    }
}
