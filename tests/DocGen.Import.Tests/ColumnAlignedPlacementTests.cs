using System.Text;
using DocGen.Core.Model;

namespace DocGen.Import.Tests;

/// <summary>
/// pdftotext -layout text of a table with blank cells: a short row's figures are placed where the
/// columns pdftotext set them at, against the full rows' figures and table 三's lone heads, and the
/// table's 勾稽 rules agree — or left out naming the candidates.
/// </summary>
public sealed class ColumnAlignedPlacementTests
{
    private static string Corpus(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Corpus", name));

    private static Recognition.RecognizedReport Import(string text, string name) =>
        ReportImporter.Import(Encoding.UTF8.GetBytes(text), "", name, Edition.Unspecified, CancellationToken.None);

    /// <summary>
    /// 上海市人民政府办公厅 2019 printed by Chromium: 上年结转 prints 18 under 自然人 and 18 under 总计, four
    /// columns right of where 本年新收 prints 821; pdftotext still starts it before 821's end + 3, so
    /// it is 自然人's, and the 勾稽 rules agree.
    /// </summary>
    [Fact]
    public void Import_ShortRowUnderTheHeadOfItsColumn_IsPlacedThere()
    {
        var imported = Import(Corpus("shanghai-gov-office-2019.layout.txt"), "shanghai-gov-office-2019.layout.txt");

        var carried = imported.Report.Applications.CarriedOver;
        Assert.Equal((18L, 0L, 18L), (carried.NaturalPerson, carried.CommercialEnterprise, carried.Total));
        Assert.Equal(3L, imported.Report.Applications.PartiallyDisclosed.NaturalPerson);
        Assert.Contains(imported.Notes, n => n.Path == "applications.carried_over"
            && n.Message.Contains("by the columns pdftotext -layout set the figures at (18 in cell 1, 18 in cell 7)", StringComparison.Ordinal));
    }

    /// <summary>
    /// The same page's 本年新收 row, 821 35 2 1 859: 821 is 自然人's and 859 the 总计 in every solution
    /// of the 勾稽 rules, so those are read; 35, 2 and 1 could sit in other applicant columns (the
    /// head of the five 法人或其他组织 columns is one pdftotext block, whose inner columns say nothing
    /// of x), so their cells are left out naming the candidates.
    /// </summary>
    [Fact]
    public void Import_RowWhoseApplicantColumnsTheRulesCannotTell_ReadsItsCertainCellsOnly()
    {
        var imported = Import(Corpus("shanghai-gov-office-2019.layout.txt"), "shanghai-gov-office-2019.layout.txt");

        var received = imported.Report.Applications.NewReceived;
        Assert.Equal((821L, 859L), (received.NaturalPerson, received.Total));
        Assert.Contains(imported.Notes, n => n.Path == "applications.new_received.total" && n.Message.Contains("this cell is 859 in every one of the", StringComparison.Ordinal));
        Assert.Contains(imported.Notes, n => n.Path == "applications.new_received.commercial_enterprise"
            && n.Message.Contains("821 in cell 1, 35 in cells 2–4", StringComparison.Ordinal) && n.Message.EndsWith("the field is left out", StringComparison.Ordinal));
    }

    /// <summary>沭阳县发展和改革局 2023: 26 under the upright head 自 (然 人), every other applicant cell blank.</summary>
    [Fact]
    public void Import_FiguresUnderAnUprightHead_ArePlacedInItsColumn()
    {
        var imported = Import(Corpus("shuyang-drc-2023.layout.txt"), "shuyang-drc-2023.layout.txt");

        var received = imported.Report.Applications.NewReceived;
        Assert.Equal((26L, 0L, 0L, 26L), (received.NaturalPerson, received.CommercialEnterprise, received.OtherOrg, received.Total));
        Assert.Equal(26L, imported.Report.Applications.ResultsTotal.NaturalPerson);
    }

    /// <summary>
    /// The same page with the upright head 自然人 moved left of the figures (as a page whose head
    /// pdftotext set elsewhere): nothing says the 26s are 自然人's, and the six applicant columns are
    /// alike to the 勾稽 rules, so the rows are left out naming the candidates, never guessed.
    /// </summary>
    [Fact]
    public void Import_WithoutAHeadOverTheFigures_LeavesTheRowsOut()
    {
        var lines = Corpus("shuyang-drc-2023.layout.txt").Split('\n');
        var moved = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (var head in new[] { "        自", "        然", "        人 " })
            {
                if (!lines[i].Contains(head, StringComparison.Ordinal)) continue;
                lines[i] = lines[i].Replace(head, head.TrimStart(), StringComparison.Ordinal);
                moved++;
            }
        }
        Assert.Equal(3, moved);

        var imported = Import(string.Join('\n', lines), "moved-head.layout.txt");

        Assert.Equal(0L, imported.Report.Applications?.NewReceived?.NaturalPerson ?? 0);
        Assert.Contains(imported.Notes, n => n.Path == "applications.new_received.natural_person"
            && n.Message.Contains("(26 in cells 1–6, 26 in cell 7), several placements", StringComparison.Ordinal)
            && n.Message.EndsWith("the field is left out", StringComparison.Ordinal));
    }

    /// <summary>沭阳 2023's 行政事业性收费 fills its cell, so pdftotext sets its 0 a single space after the label.</summary>
    [Fact]
    public void Import_FigureASpaceAfterItsLabel_IsThatRowsFigure()
    {
        var imported = Import(Corpus("shuyang-drc-2023.layout.txt"), "shuyang-drc-2023.layout.txt");

        Assert.Equal("0", imported.Report.ActiveDisclosure2021.FeeAmountWanYuan);
        Assert.DoesNotContain(imported.Notes, n => n.Path == "active_disclosure_2021.fee_amount_wan_yuan");
    }
}
