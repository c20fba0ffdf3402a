using System.Diagnostics;
using System.Text;
using DocGen.Core.Model;
using DocGen.Import.Recognition;
using DocGen.Tests.Shared;
using Xunit.Abstractions;

namespace DocGen.Import.Tests;

/// <summary>
/// pdftotext's text (no -layout) of a table whose every cell holds a figure, read in bands of rows
/// (row by row or column by column) only where the text's blocks, its row labels, the rows' totals
/// and the table's 勾稽 rules leave one reading — on the real documents that showed each case, and
/// on the same text with the evidence taken away.
/// </summary>
public sealed class LooseTableBandsTests(ITestOutputHelper output)
{
    private static readonly string Corpus = Path.Combine(AppContext.BaseDirectory, "Corpus");

    private static RecognizedReport Import(string text, string name) =>
        ReportImporter.Import(Encoding.UTF8.GetBytes(text), "", name, Edition.Unspecified, CancellationToken.None);

    private static string Text(string name) => File.ReadAllText(Path.Combine(Corpus, name));

    /// <summary>
    /// 洪泽区 2024's WPS PDF through pdftotext: table 三 comes as four rows cell by cell, nine rows
    /// column by column (a column's nine figures on adjacent lines), five more column by column, two
    /// rows of zeros, two column by column and the last row cell by cell, its labels elsewhere; table
    /// 二's labels stand between its rows. Every figure comes out as the PDF itself gives it.
    /// </summary>
    [Fact]
    public void Import_WpsPdftotextInBands_GivesEveryFigureThePdfGives()
    {
        var text = Import(Text("huaian-hongze-2024.pdftotext.txt"), "huaian-hongze-2024.pdftotext.txt").Report;
        var pdf = ReportImporter.Import(File.ReadAllBytes(Path.Combine(Corpus, "huaian-hongze-2024.wps.pdf")), "", "huaian-hongze-2024.wps.pdf",
            Edition.Unspecified, CancellationToken.None).Report;

        Assert.Equal(pdf.ActiveDisclosure2021, text.ActiveDisclosure2021);
        Assert.Equal(pdf.Applications, text.Applications);
        Assert.Equal(pdf.ReviewLitigation, text.ReviewLitigation);
        Assert.Equal((31L, 31L), ((long)text.Applications.Unavailable.NotHeld.NaturalPerson, (long)text.Applications.Unavailable.NotHeld.Total));
    }

    /// <summary>The same text with one figure of the nine-row column changed (31 → 30): no reading fits every total, so no figure of table 三 is kept.</summary>
    [Fact]
    public void Import_WpsPdftotextWithAFigureChanged_KeepsNoFigureOfThatTable()
    {
        var original = Text("huaian-hongze-2024.pdftotext.txt");
        var broken = original.Replace("0\n0\n1\n0\n0\n1\n1\n0\n31\n\n0\n0\n0", "0\n0\n1\n0\n0\n1\n1\n0\n30\n\n0\n0\n0", StringComparison.Ordinal);
        Assert.NotEqual(original, broken);

        var imported = Import(broken, "huaian-hongze-2024.pdftotext.txt");

        Assert.Null(imported.Report.Applications.Unavailable?.NotHeld);
        Assert.Contains(imported.Notes, n => n.Path == "applications.unavailable.not_held.natural_person" && n.Message.Contains("left out", StringComparison.Ordinal));
        Assert.DoesNotContain(imported.Notes, n => n.Message.StartsWith("read from pdftotext's text as bands", StringComparison.Ordinal) && n.Where.StartsWith("三", StringComparison.Ordinal));
    }

    /// <summary>
    /// 洪泽区 2023's WPS PDF (../shared/archive) through pdftotext, made here: its table 三 has
    /// 161 figures, as many as a table printing （六）其他处理 as one row — or （四）无法提供, whose
    /// sub-row labels pdftotext leaves among the paragraphs; read as the latter, mostly zeros, the
    /// rules held and three rows came out shifted. Only （六） is ever taken as one row, and every
    /// figure the text gives is the one the PDF gives.
    /// </summary>
    [Fact]
    public void Import_WpsPdftotextOfTheArchivePdf_GivesOnlyFiguresThePdfGives()
    {
        var pdfPath = CheckoutPaths.Shared("archive", "hzq-2023.pdf");
        var folder = Directory.CreateTempSubdirectory("docgen-pdftotext-");
        try
        {
            var textPath = Path.Combine(folder.FullName, "hzq-2023.txt");
            var start = new ProcessStartInfo("pdftotext") { ArgumentList = { pdfPath, textPath } };
            using (var process = Process.Start(start)!)
            {
                process.WaitForExit();
                Assert.Equal(0, process.ExitCode);
            }
            var text = Import(File.ReadAllText(textPath), "hzq-2023.txt");
            var pdf = ReportImporter.Import(File.ReadAllBytes(pdfPath), "", "hzq-2023.pdf", Edition.Unspecified, CancellationToken.None);

            var (fromText, fromPdf) = (Figures(text), Figures(pdf));
            output.WriteLine($"{fromText.Count} figures read from the text, {fromPdf.Count} from the PDF");
            Assert.True(fromText.Count >= 150, $"{fromText.Count} figures read");
            Assert.All(fromText, f => Assert.Equal(fromPdf.GetValueOrDefault(f.Key), f.Value));
            Assert.Contains(text.Notes, n => n.Path.StartsWith("applications.other_handling.overdue_correction", StringComparison.Ordinal) && n.Message.Contains("printed as one row", StringComparison.Ordinal));
            Assert.DoesNotContain(text.Notes, n => n.Message.StartsWith("（四）无法提供 is printed as one row", StringComparison.Ordinal));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Every figure of tables 二, 三 and 四 the import read (not left out), by path.</summary>
    private static Dictionary<string, string> Figures(RecognizedReport imported)
    {
        var report = DocGen.Core.Completion.ReportCompleter.Complete(DocGen.Contracts.ReportMapper.ToDomain(imported.Report));
        var leftOut = imported.Notes.Where(n => n.Message.Contains("left out", StringComparison.Ordinal)).Select(n => n.Path).ToHashSet(StringComparer.Ordinal);
        return DocGen.Core.Layout.NationalLayout.Tables(DocGen.Core.Editions.EditionResolver.Resolve(report)).SelectMany(t => t.Bindings)
            .Where(b => !leftOut.Contains(b.Path)).ToDictionary(b => b.Path, b => b.Format(report), StringComparer.Ordinal);
    }

    /// <summary>
    /// 上海市人民政府办公厅 2019 printed by Chromium, through pdftotext: table 二's 22 figures fill its
    /// cells, each row's after its label (规章 13 13 524 规范性文件 60 60 368), 251000元 in a 万元 cell.
    /// </summary>
    [Fact]
    public void Import_ChromiumPdftotextTableTwo_ReadRowByRowBetweenItsLabels()
    {
        var imported = Import(Text("shanghai-gov-office-2019.pdftotext.txt"), "shanghai-gov-office-2019.pdftotext.txt");

        var active = imported.Report.ActiveDisclosure2019;
        Assert.Equal((13L, 13L, 524L), ((long)active.Rules.NewlyMade, (long)active.Rules.NewlyPublished, (long)active.Rules.TotalPublished));
        Assert.Equal((60L, 60L, 368L), ((long)active.NormativeDocuments.NewlyMade, (long)active.NormativeDocuments.NewlyPublished, (long)active.NormativeDocuments.TotalPublished));
        Assert.Equal("25.1", active.ProcurementAmount);
        Assert.Contains(imported.Notes, n => n.Path == "active_disclosure_2019.procurement_amount" && n.Message.Contains("元", StringComparison.Ordinal));
    }

    /// <summary>The label between table 二's first two rows is the evidence: without it, 13 13 524 60 60 368 reads row by row or column by column (13 524 60 for 规章), and both rows are left out naming the two readings.</summary>
    [Fact]
    public void Import_ChromiumPdftotextWithoutTheLabelBetweenRows_LeavesBothRowsOutNamingTheReadings()
    {
        var original = Text("shanghai-gov-office-2019.pdftotext.txt");
        var broken = original.Replace("524\n\n规范性文件\n", "524\n\n", StringComparison.Ordinal);
        Assert.NotEqual(original, broken);

        var imported = Import(broken, "shanghai-gov-office-2019.pdftotext.txt");

        var note = Assert.Single(imported.Notes, n => n.Path == "active_disclosure_2019.rules.newly_made");
        output.WriteLine(note.Message);
        Assert.Contains("2 ways: 13 13 524 | 13 524 60", note.Message);
        Assert.Equal(0L, (long)(imported.Report.ActiveDisclosure2019?.Rules?.NewlyMade ?? 0));
        Assert.Contains(imported.Notes, n => n.Path == "active_disclosure_2019.normative_documents.total_published" && n.Message.Contains("left out", StringComparison.Ordinal));
    }

    /// <summary>A label and its figure on one line (行政事业性收费 0) are two cells: 600,000 such lines are refused at the block limit, not read into memory.</summary>
    [Fact]
    public void Import_HundredsOfThousandsOfLabelAndFigureLines_RefusedAtTheBlockLimit()
    {
        var text = "一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n"
            + string.Concat(Enumerable.Repeat("0\n1\n", 15)) + new StringBuilder().Insert(0, "行政事业性收费 0\n", 600_000);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var e = Assert.Throws<ImportException>(() => Import(text, "hostile.txt"));

        var allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / (1024.0 * 1024);
        output.WriteLine($"{text.Length:N0} characters, {allocated:N0} MiB allocated: {e.Message}");
        Assert.Contains($"more than {ImportLimits.MaxBlocks:N0} paragraphs and table cells", e.Message);
        Assert.True(allocated < 512, $"{allocated:N0} MiB allocated");
    }

    /// <summary>
    /// Hostile full tables: 175 figures of one block (no banding fits: the table falls back to the
    /// row reader), and 175 figures each fenced by hundreds of label lines; both read within the
    /// bounds, and no band reading the 勾稽 rules refuse is kept.
    /// </summary>
    [Theory]
    [InlineData("one block of 175 figures")]
    [InlineData("175 figures fenced by 40,250 label lines")]
    public void Import_HostileFullTable_ReadWithinTheBoundsAndNothingUnconfirmed(string shape)
    {
        var table = new StringBuilder("一、总体情况\n说明。\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n");
        for (var k = 0; k < 175; k++)
        {
            if (shape.StartsWith("175", StringComparison.Ordinal))
                for (var l = 0; l < 230; l++) table.Append("\n").Append(l % 2 == 0 ? "1.属于国家秘密" : "（七）总计").Append('\n');
            table.Append(k % 7 == 6 ? "6" : "1").Append('\n');
        }
        table.Append("四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n六、其他需要报告的事项\n");
        var text = table.ToString();

        var before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        string outcome;
        try
        {
            var imported = Import(text, "hostile.txt");
            outcome = $"read, {imported.Notes.Count:N0} notes";
            // Every row reads 1 1 1 1 1 1 6, which （七）总计's rule refuses: no band reading is kept.
            Assert.DoesNotContain(imported.Notes, n => n.Message.StartsWith("the only reading of the text's bands", StringComparison.Ordinal));
        }
        catch (ImportException e)
        {
            outcome = "refused: " + e.Message;
        }
        var allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / (1024.0 * 1024);

        output.WriteLine($"{shape}: {text.Length:N0} characters, {clock.Elapsed.TotalSeconds:N2} s, {allocated:N0} MiB allocated: {outcome}");
        Assert.True(allocated < 512, $"{allocated:N0} MiB allocated");
    }
}
