using System.Diagnostics;
using System.Text;
using DocGen.Core.Model;
using DocGen.Import.Reading;
using DocGen.Import.Recognition;
using DocGen.Tests.Shared;
using Xunit.Abstractions;

namespace DocGen.Import.Tests;

/// <summary>
/// A hostile document for every capture form the readers take (pipe tables, pdftotext -layout,
/// pdftotext, one-line captures, 1、2、3、 sub-rows, a PDF's ruling lines) ends in a clear error or a
/// bounded result. Memory is judged by what this thread allocated (the test runner reads other
/// classes in parallel); time is printed, never asserted.
/// </summary>
public sealed class HostileReaderTests(ITestOutputHelper output)
{
    private const string Headings = "一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n";

    /// <summary>What reading a document of at most 8 M characters may allocate on the reading thread.</summary>
    private const double MaxAllocatedMiB = 512;

    public static TheoryData<string> Floods => new()
    {
        "pipe table: one row of two million cells",
        "pdftotext -layout: one line of two million figures",
        "pdftotext: two million lines of one figure",
        "one-line capture: figures and labels alternating two million times",
        "1、 sub-rows: a million sub-row labels a line each",
        "pdftotext -layout: half a million rows of a label and a figure a space apart",
        "markdown: half a million one-cell rows as text lines",
    };

    [Theory]
    [MemberData(nameof(Floods))]
    public void Import_MillionsOfCells_RefusedAtTheBlockLimit(string flood)
    {
        var text = flood switch
        {
            "pipe table: one row of two million cells" => Headings + "|" + Repeat(" 1 |", 2_000_000),
            "pdftotext -layout: one line of two million figures" => Headings + "规章  1  2  3\n规章  1  2  3\n规章  1  2  3\n规章" + Repeat("  1", 2_000_000),
            "pdftotext: two million lines of one figure" => Headings + Repeat("1\n", 2_000_000),
            "one-line capture: figures and labels alternating two million times" => Headings.Replace("\n", "", StringComparison.Ordinal) + Repeat("a1", 2_000_000),
            "pdftotext -layout: half a million rows of a label and a figure a space apart" => Headings + "规章  1  2  3\n规章  1  2  3\n规章  1  2  3\n" + Repeat("行政事业性收费 0\n", 500_000),
            "markdown: half a million one-cell rows as text lines" => Headings + "| 规章 | 1 | 2 | 3 |\n" + Repeat("行政许可 97\n", 500_000),
            _ => Headings + Repeat("1、其他 |\n", 1_000_000),
        };

        var (e, allocated) = Measured(() => Assert.Throws<ImportException>(() => Import(text)));

        output.WriteLine($"{flood}: {text.Length:N0} characters, {allocated:N0} MiB allocated: {e.Message}");
        Assert.Contains($"more than {ImportLimits.MaxBlocks:N0} paragraphs and table cells", e.Message);
        Assert.True(allocated < MaxAllocatedMiB, $"{allocated:N0} MiB allocated");
    }

    public static TheoryData<string> HugeLines => new()
    {
        "one-line capture: a table section of four million characters of label text",
        "one-line capture: a four-million-digit run in each row",
        "one-line capture: half a million 四、政府信息公开 where heading 四 is missing",
        "line-per-cell text: a label cell of four million characters",
        "pipe table: a cell of four million characters",
        "pdftotext -layout: a row label of four million characters",
    };

    [Theory]
    [MemberData(nameof(HugeLines))]
    public void Import_HugeLine_ReadWithinTheBoundsOrRefused(string huge)
    {
        var oneLine = Headings.Replace("\n", "", StringComparison.Ordinal);
        var text = huge switch
        {
            "one-line capture: a table section of four million characters of label text" =>
                oneLine.Replace("四、", Repeat("行政规范性文件", 600_000) + "四、", StringComparison.Ordinal),
            "one-line capture: half a million 四、政府信息公开 where heading 四 is missing" =>
                oneLine.Replace("四、政府信息公开行政复议、行政诉讼情况", Repeat("四、政府信息公开", 500_000), StringComparison.Ordinal),
            "one-line capture: a four-million-digit run in each row" =>
                oneLine.Replace("四、", string.Concat(Layout().Select(l => l + Repeat("7", 100_000))) + "四、", StringComparison.Ordinal),
            "line-per-cell text: a label cell of four million characters" => Headings + Repeat("一、本年新收", 700_000) + " |\n1 |\n",
            "pipe table: a cell of four million characters" => Headings + "| " + Repeat("规章", 2_000_000) + " | 1 | 2 |\n",
            _ => Headings + "规章  1  2  3\n规章  1  2  3\n规章  1  2  3\n" + Repeat("规章", 2_000_000) + "  1  2  3\n",
        };

        var (outcome, allocated) = Measured(() => Outcome(text));

        output.WriteLine($"{huge}: {text.Length:N0} characters, {allocated:N0} MiB allocated: {outcome}");
        Assert.True(allocated < MaxAllocatedMiB, $"{allocated:N0} MiB allocated");
    }

    /// <summary>
    /// Digit runs whose splits the search cannot tell apart in every row of table 三 and 四: each row's
    /// search stops at <see cref="RunSplitter.MaxSteps"/>, the row is left out naming why.
    /// </summary>
    [Fact]
    public void Import_PathologicalDigitRunsInEveryRow_EachSearchBoundedAndNoted()
    {
        // 34 digits over a row's 7 cells of up to 9 digits: millions of compositions to walk.
        var run = Repeat("1", 34);
        var text = Headings.Replace("\n", "", StringComparison.Ordinal).Replace("四、", string.Concat(Layout().Select(l => l + run)) + "四、", StringComparison.Ordinal)
            + Repeat("说明", 500);

        var (imported, allocated) = Measured(() => Import(text));

        var exhausted = imported.Notes.Count(n => n.Message.Contains("too many ways to split it to try", StringComparison.Ordinal));
        output.WriteLine($"{allocated:N0} MiB allocated; {exhausted} cells noted as too many ways to split");
        Assert.True(exhausted > 0);
        Assert.True(allocated < 64, $"{allocated:N0} MiB allocated");
    }

    public static TheoryData<string> PrintedRuns => new()
    {
        "34 ones a row: millions of ways into seven cells, none past the step bound",
        "111111116 a row: six splits each, the table's rules searched at once",
    };

    /// <summary>
    /// Three zero rows of one digit a cell make the premise that every cell is printed worth trying
    /// (<see cref="Recognition.Tables.EveryCellPrinted"/>); every other row is a run built to make
    /// that search, or the table's 勾稽 search after it, as long as it can be. Each stops at its bound.
    /// </summary>
    [Theory]
    [MemberData(nameof(PrintedRuns))]
    public void Import_AdversarialRunsInATableThatShowsEveryCellPrinted_EachSearchBounded(string runs)
    {
        var run = runs.StartsWith("34", StringComparison.Ordinal) ? Repeat("1", 34) : "111111116";
        var rows = Layout().Select((label, r) => label + (r < 3 ? "0000000" : run));
        var text = Headings.Replace("\n", "", StringComparison.Ordinal).Replace("四、", string.Concat(rows) + "四、", StringComparison.Ordinal)
            + Repeat("说明", 500);

        var (imported, allocated) = Measured(() => Import(text));
        var bindings = DocGen.Core.Layout.NationalLayout.Applications(Edition.Edition2021).Bindings.Take(7).ToArray();
        var printed = Recognition.Tables.RowPlacements.OfDigits(run, bindings.Select(Recognition.Tables.DeferredRows.IsTotal).ToArray(), blanksAllowed: false);

        var note = imported.Notes.First(n => n.Path == "applications.partially_disclosed.total");
        output.WriteLine($"{runs}: {allocated:N0} MiB allocated; one row's split searched in {printed.Nodes:N0} steps; {note.Message}");
        Assert.True(printed.Nodes <= ImportLimits.MaxPlacementNodes + 1, $"{printed.Nodes} steps");
        Assert.EndsWith("the field is left out", note.Message, StringComparison.Ordinal);
        Assert.True(allocated < 64, $"{allocated:N0} MiB allocated");
    }

    /// <summary>
    /// A converter's table 三 of seven thousand pipe rows without labels between two labelled rows:
    /// the rows not found are far fewer than the rows without a label, so none is read; each search
    /// for the next label is bounded by the table's cells, and every field is noted.
    /// </summary>
    [Fact]
    public void Import_ThousandsOfRowsWithoutLabels_BoundedAndLeftOut()
    {
        var text = new StringBuilder(Headings.Replace("三、", "| 规章 | 1 | 2 | 3 |\n三、", StringComparison.Ordinal));
        text.Replace("四、", "| 一、本年新收政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n" + Repeat("| 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n", 7_000)
            + "| （七）总计 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n四、");

        var (imported, allocated) = Measured(() => Import(text.ToString()));

        output.WriteLine($"{allocated:N0} MiB allocated");
        Assert.Contains(imported.Notes, n => n.Path == "applications.disclosed.total" && n.Message.Contains("not found; the field is left out", StringComparison.Ordinal));
        Assert.Null(imported.Report.Applications?.Disclosed);
        Assert.True(allocated < MaxAllocatedMiB, $"{allocated:N0} MiB allocated");
    }

    public static TheoryData<int> HeadFloods => new() { 400, 8_000 };

    /// <summary>
    /// pdftotext -layout text whose table 三 head holds thousands of lone 自 at every column, against
    /// short rows: the pairwise bounds stop at <see cref="ImportLimits.MaxAlignedFigures"/> (past it,
    /// or where the bounds contradict each other, the columns narrow nothing) and the rows are left
    /// out, noted, never guessed.
    /// </summary>
    [Theory]
    [MemberData(nameof(HeadFloods))]
    public void Import_ColumnAlignedHeadFlood_BoundedAndRowsLeftOut(int heads)
    {
        var text = new StringBuilder("一、总体情况\n二、主动公开政府信息情况\n规章  1  2  3\n三、收到和处理政府信息公开申请情况\n");
        for (var k = 0; k < heads; k++) text.Append(' ', 4 + k % 1_000).Append("自\n");
        foreach (var label in Layout().Take(26)) text.Append(label).Append("        26          26\n");
        text.Append("四、政府信息公开行政复议、行政诉讼情况\n");

        var (imported, allocated) = Measured(() => Import(text.ToString()));

        output.WriteLine($"{heads} heads: {allocated:N0} MiB allocated");
        Assert.Contains(imported.Notes, n => n.Path == "applications.new_received.natural_person" && n.Message.Contains("left out", StringComparison.Ordinal));
        Assert.Equal(0L, imported.Report.Applications?.NewReceived?.NaturalPerson ?? 0);
        Assert.True(allocated < MaxAllocatedMiB, $"{allocated:N0} MiB allocated");
    }

    [Fact]
    public void RowPlacements_WorstRun_StopsAtItsStepBound()
    {
        var bindings = DocGen.Core.Layout.NationalLayout.Applications(Edition.Edition2021).Bindings.Take(7).ToArray();

        var placements = Recognition.Tables.RowPlacements.OfDigits(Repeat("1", 34), bindings.Select(Recognition.Tables.DeferredRows.IsTotal).ToArray(), blanksAllowed: true);

        Assert.True(placements.Nodes <= ImportLimits.MaxPlacementNodes + 1, $"{placements.Nodes} steps");
        Assert.True(placements.Exhausted || placements.Candidates.Count <= ImportLimits.MaxRowCandidates);
    }

    /// <summary>A page of 150,000 vertical rules (3 MB of content, under the page's content limit) behind lines of figures.</summary>
    [Fact]
    public void Import_PdfWithAHundredAndFiftyThousandRules_ReadWithinTheBoundsOrRefused()
    {
        var pdf = HostileDocuments.RuledPage(150_000);

        var (outcome, allocated) = Measured(() => Outcome(pdf, "ruled.pdf"));

        output.WriteLine($"{pdf.Length:N0} bytes, {allocated:N0} MiB allocated: {outcome}");
        Assert.True(allocated < 1024, $"{allocated:N0} MiB allocated");
    }

    private static IEnumerable<string> Layout() =>
        DocGen.Core.Layout.ApplicationRows.Edition2021.Select(r => r.Label).Append("行政复议");

    private static string Repeat(string unit, int times) => new StringBuilder(unit.Length * times).Insert(0, unit, times).ToString();

    private static RecognizedReport Import(string text) => Import(Encoding.UTF8.GetBytes(text), "report.txt");

    private static RecognizedReport Import(byte[] bytes, string name) =>
        ReportImporter.Import(bytes, "", name, Edition.Unspecified, CancellationToken.None);

    private static string Outcome(string text) => Outcome(Encoding.UTF8.GetBytes(text), "report.txt");

    private static string Outcome(byte[] bytes, string name)
    {
        try
        {
            var imported = Import(bytes, name);
            return $"read, {imported.Notes.Count:N0} notes";
        }
        catch (ImportException e)
        {
            return "refused: " + e.Message;
        }
    }

    private (T Result, double AllocatedMiB) Measured<T>(Func<T> read)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var result = read();
        output.WriteLine($"read in {clock.Elapsed.TotalSeconds:N2} s");
        return (result, (GC.GetAllocatedBytesForCurrentThread() - before) / (1024.0 * 1024));
    }
}
