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

    [Fact]
    public void Import_HostileDigitRun_EndsWithANoteInsteadOfSearchingForever()
    {
        var imported = Import(OneLine("一、本年新收政府信息公开申请数量" + new string('1', 60)));

        Assert.Contains(imported.Notes, n => n.Path == "applications.new_received.total" && n.Message.StartsWith("figures run together", StringComparison.Ordinal));
    }
}
