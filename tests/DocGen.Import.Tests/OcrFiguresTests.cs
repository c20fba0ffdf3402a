using DocGen.Core.Layout;
using DocGen.Core.Model;
using DocGen.Import.Recognition;
using AnnualReport = DocGen.Protos.V1.AnnualReport;

namespace DocGen.Import.Tests;

/// <summary>
/// What OCR read is kept only with evidence: a row whose 总计 confirm it, or a figure whose column's
/// 勾稽 holds among figures read; a misread digit leaves figures out, each noted with what was read.
/// </summary>
public sealed class OcrFiguresTests
{
    private static readonly TableLayout Applications = NationalLayout.Applications(Edition.Edition2021);

    // 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计: 一 + 二 = （七）总计 + 四 in every column.
    private static readonly Dictionary<string, long[]> Consistent = new()
    {
        ["new_received"] = [3, 1, 0, 0, 0, 0, 4],
        ["disclosed"] = [2, 1, 0, 0, 0, 0, 3],
        ["results_total"] = [2, 1, 0, 0, 0, 0, 3],
        ["carried_forward"] = [1, 0, 0, 0, 0, 0, 1],
    };

    [Fact]
    public void Confirm_EveryRowAddsUpToItsTotal_KeepsEveryFigure()
    {
        var (report, notes) = Read(Consistent);

        OcrFigures.Confirm(Applications, Edition.Edition2021, report, notes);

        Assert.Empty(notes);
        Assert.Equal(3m, ReportFieldWriter.Get(report, "applications.new_received.natural_person"));
    }

    /// <summary>The row's 总计 contradict it; each column's 勾稽 then tells which figure: the others balance their columns and stay.</summary>
    [Fact]
    public void Confirm_RowNotAddingUpToItsTotal_LeavesOutTheFigureItsColumnContradictsNamingWhatWasRead()
    {
        var misread = new Dictionary<string, long[]>(Consistent) { ["new_received"] = [8, 1, 0, 0, 0, 0, 4] };
        var (report, notes) = Read(misread);

        OcrFigures.Confirm(Applications, Edition.Edition2021, report, notes);

        var note = Assert.Single(notes, n => n.Path == "applications.new_received.natural_person");
        Assert.Equal("8", note.Found);
        Assert.Contains("(8 1 0 0 0 0 4) do not add up to their 总计; the field is left out", note.Message, StringComparison.Ordinal);
        Assert.Single(notes);
        Assert.Equal(0m, ReportFieldWriter.Get(report, "applications.new_received.natural_person"));
        Assert.Equal(1m, ReportFieldWriter.Get(report, "applications.new_received.commercial_enterprise"));
    }

    [Fact]
    public void Confirm_BlankTotalButTheColumnsBalance_KeepsTheRow()
    {
        var (report, notes) = Read(Consistent, blankTotals: ["disclosed"]);

        OcrFigures.Confirm(Applications, Edition.Edition2021, report, notes);

        Assert.DoesNotContain(notes, n => n.Path.StartsWith("applications.disclosed.", StringComparison.Ordinal));
        Assert.Equal(2m, ReportFieldWriter.Get(report, "applications.disclosed.natural_person"));
    }

    [Fact]
    public void Confirm_BlankTotalAndAMisreadTheColumnContradicts_LeavesTheUnconfirmedFigureOut()
    {
        var misread = new Dictionary<string, long[]>(Consistent) { ["disclosed"] = [7, 1, 0, 0, 0, 0, 0] };
        var (report, notes) = Read(misread, blankTotals: ["disclosed"]);

        OcrFigures.Confirm(Applications, Edition.Edition2021, report, notes);

        var note = Assert.Single(notes, n => n.Path == "applications.disclosed.natural_person");
        Assert.Equal("OCR read «7», but table 三's 勾稽 does not hold (column 自然人: （一）to（六）as read sum to 7, （七）总计 reads 2); the field is left out", note.Message);
        Assert.Contains(notes, n => n.Path == "applications.disclosed.total" && n.Message.Contains("cannot be computed", StringComparison.Ordinal));
        // The rows the 总计 confirmed stay.
        Assert.Equal(2m, ReportFieldWriter.Get(report, "applications.results_total.natural_person"));
    }

    [Fact]
    public void Confirm_RowNotAddingUpAndNoColumnToCheck_LeavesTheWholeRowOut()
    {
        var misread = new Dictionary<string, long[]>(Consistent) { ["new_received"] = [8, 1, 0, 0, 0, 0, 4] };
        var (report, notes) = Read(misread);
        // 四 not read: no column relation 一 takes part in can be checked.
        foreach (var column in ApplicantColumns.All)
            notes.Add(new(ApplicationRows.CarriedForward.PathOf(column), "", "", "row 四 not found; the field is left out"));

        OcrFigures.Confirm(Applications, Edition.Edition2021, report, notes);

        Assert.Equal(7, notes.Count(n => n.Path.StartsWith("applications.new_received.", StringComparison.Ordinal)
            && n.Message.Contains("(8 1 0 0 0 0 4) do not add up to their 总计", StringComparison.Ordinal)));
    }

    [Fact]
    public void Confirm_TableTwoRowWithoutATotal_LeftOutAsUnconfirmed()
    {
        var layout = NationalLayout.ActiveDisclosure(Edition.Edition2021);
        var report = new AnnualReport();
        var path = layout.Bindings.First().Path;
        ReportFieldWriter.Set(report, path, 13);
        var notes = new List<ImportNote>();

        OcrFigures.Confirm(layout, Edition.Edition2021, report, notes);

        Assert.Contains(notes, n => n.Path == path && n.Found == "13" && n.Message.Contains("the row has no 总计 to confirm it", StringComparison.Ordinal));
    }

    /// <summary>
    /// 淮安市 2024's table 四 as OCR read the scan of its WPS PDF (Corpus/huaian-gov-2024.scan.pdf): 72 4 178 37 of
    /// 复议 (64 misread), the two 诉讼 groups' figures (25 0 0 1 26, 12 1 8 0 20... ) not read at all, so their cells
    /// were blank between the rules and every 总计 blank. Each blank 总计 whose cells are left out cannot be computed:
    /// the 诉讼 totals used to be computed from cleared cells as 0 (truth 26 and 20).
    /// </summary>
    [Fact]
    public void Confirm_TableFourWithEveryTotalBlank_LeavesOutEachTotalNotOnlyTheFirst()
    {
        var layout = NationalLayout.ReviewLitigation();
        var report = new AnnualReport();
        var notes = new List<ImportNote>();
        long[] read = [72, 4, 178, 37, -1, 0, 0, 0, 0, -1, 0, 0, 0, 0, -1];
        var bindings = layout.Bindings.ToArray();
        for (var k = 0; k < bindings.Length; k++)
        {
            if (read[k] >= 0) ReportFieldWriter.Set(report, bindings[k].Path, read[k]);
            else notes.Add(new(bindings[k].Path, "", "四, row figures, a blank cell between the table's rules", "总计 left empty; it is computed from the row"));
        }

        OcrFigures.Confirm(layout, Edition.Edition2021, report, notes);

        foreach (var total in bindings.Where(b => b.Path.EndsWith(".total", StringComparison.Ordinal)))
            Assert.Contains(notes, n => n.Path == total.Path && n.Message.Contains("cannot be computed; the field is left out", StringComparison.Ordinal));
    }

    /// <summary>Table 三 as OCR would have read it: the rows given, every other result row blank (read as 0).</summary>
    private static (AnnualReport Report, List<ImportNote> Notes) Read(Dictionary<string, long[]> rows, string[]? blankTotals = null)
    {
        var report = new AnnualReport();
        foreach (var row in ApplicationRows.Edition2021)
        {
            var values = rows.GetValueOrDefault(row.Field, [0, 0, 0, 0, 0, 0, 0]);
            var columns = ApplicantColumns.All;
            for (var k = 0; k < columns.Count; k++)
            {
                if (columns[k].IsTotal && blankTotals?.Contains(row.Field) == true) continue;
                ReportFieldWriter.Set(report, row.PathOf(columns[k]), values[k]);
            }
        }
        return (report, []);
    }
}
