using DocGen.Api;
using DocGen.Cli;
using DocGen.Cli.Backends;
using DocGen.Cli.Commands;
using DocGen.Rendering;

namespace DocGen.Server.Tests;

/// <summary><c>docgen import</c> then <c>docgen batch</c>: an archive of published reports regenerated in today's chrome.</summary>
public sealed class CliImportTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("docgen-import-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private static async Task<(int Exit, string Out)> ImportAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var exit = await ImportCommand.RunAsync(CliArguments.Parse("import", args), new ImportApi(TimeProvider.System), stdout, new StringWriter(), CancellationToken.None);
        return (exit, stdout.ToString());
    }

    [Fact]
    public async Task Import_ArchiveFolder_WritesARequestPerReportThatBatchRegenerates()
    {
        var requests = Path.Combine(_work, "requests");

        var (exit, text) = await ImportAsync(CheckoutPaths.Shared("archive"), "-o", requests, "--site", "2111000031");

        Assert.Equal(0, exit);
        Assert.Contains("4 imported, 0 imported with gaps, 0 failed", text);
        Assert.Matches(@"hzq-2023\.pdf\s+EDITION_2021\s+186/200\s+16\s+2\s+\d+", text);
        Assert.Matches(@"minhou-commerce-2020\.txt\s+EDITION_2019\s+198/198", text);
        Assert.DoesNotContain("NARRATIVE_TABLE_MISMATCH", text); // each archive's text agrees with its tables
        foreach (var id in new[] { "hzq-2023", "minhou-commerce-2020", "panjin-commerce-2022", "zhangdian-commerce-2017" })
        {
            var request = DocGen.Contracts.RequestJson.ParseRenderRequest(File.ReadAllText(Path.Combine(requests, id + ".json")));
            Assert.Equal((id, "2111000031"), (request.RequestId, request.SiteCode));
            Assert.True(File.Exists(Path.Combine(requests, id + ".notes.tsv")), id + ".notes.tsv");
        }

        var rendering = new ReportRendererSetup { TemplatesRoot = CheckoutPaths.Templates, WatchTemplates = false }.Create();
        await using var backend = new InProcessBackend(new ReportApi(rendering.Renderer, new RenderScheduler(new RenderSchedulerOptions())), batchWindow: 4);
        var output = Path.Combine(_work, "out");
        var stdout = new StringWriter();
        var batchExit = await BatchCommand.RunAsync(CliArguments.Parse("batch", requests, "-o", output), backend, stdout, new StringWriter(), CancellationToken.None);

        Assert.Equal(0, batchExit);
        Assert.Contains("4 request(s): 4 written", stdout.ToString());
        Assert.Contains("洪泽区人民政府2023年政府信息公开工作年度报告", File.ReadAllText(Path.Combine(output, "hzq-2023.html")));
    }

    [Fact]
    public async Task Import_TextContradictingItsTable_ListsTheContradiction()
    {
        var edited = Path.Combine(_work, "panjin-edited.txt");
        File.WriteAllText(edited, File.ReadAllText(CheckoutPaths.Shared("archive", "panjin-commerce-2022.txt"))
            .Replace("我局未收到政府信息公开申请", "我局受理政府信息公开申请7件", StringComparison.Ordinal));

        var (exit, text) = await ImportAsync(edited, "-o", Path.Combine(_work, "requests"));

        Assert.Equal(0, exit);
        Assert.Contains($"{edited}: NARRATIVE_TABLE_MISMATCH applications.new_received.total: 表三「一、本年新收政府信息公开申请数量」行「总计」填报为 0，「一、总体情况」写明“2022年,我局受理政府信息公开申请7件”（7），两者不一致", text);
    }

    [Fact]
    public async Task Import_AFileWithNoReport_ExitsOneNamingIt()
    {
        var junk = Path.Combine(_work, "menu.html");
        File.WriteAllText(junk, "<html><body><nav>首页</nav><p>欢迎访问</p></body></html>");

        var (exit, text) = await ImportAsync(junk, CheckoutPaths.Shared("archive", "panjin-commerce-2022.txt"), "-o", Path.Combine(_work, "requests"));

        Assert.Equal(1, exit);
        Assert.Contains("menu.html", text);
        Assert.Contains("not imported: document: no report found", text);
        Assert.Contains("1 imported, 0 imported with gaps, 1 failed", text);
    }

    [Fact]
    public async Task Import_ConsecutiveYearsOfOneAgency_ReportsCarriedOverThatDiffersNamingBothFiles()
    {
        var lines = File.ReadAllLines(CheckoutPaths.Shared("archive", "panjin-commerce-2022.txt"));
        lines[0] = lines[0].Replace("2022年", "2023年", StringComparison.Ordinal);
        var carriedOver = Array.FindIndex(lines, l => l.StartsWith("二、上年结转政府信息公开申请数量", StringComparison.Ordinal));
        lines[carriedOver + 1] = "5 |";
        var next = Path.Combine(_work, "panjin-commerce-2023.txt");
        File.WriteAllLines(next, lines);

        var (_, text) = await ImportAsync(CheckoutPaths.Shared("archive", "panjin-commerce-2022.txt"), next, "-o", Path.Combine(_work, "requests"));

        Assert.Contains("panjin-commerce-2023.txt ↔ ", text);
        Assert.Contains("CARRIED_OVER_MISMATCH applications.carried_over.natural_person", text);
        Assert.Contains("盘锦市商务局2022年报告", text);
    }

    /// <summary>panjin-commerce-2022.txt with table 三's cells dropped: the heading stays, the table is gone.</summary>
    private string WithoutTableThree()
    {
        var lines = File.ReadAllLines(CheckoutPaths.Shared("archive", "panjin-commerce-2022.txt")).ToList();
        var three = lines.FindIndex(l => l.StartsWith("三、收到和处理政府信息公开申请情况", StringComparison.Ordinal));
        var four = lines.FindIndex(l => l.StartsWith("四、政府信息公开行政复议", StringComparison.Ordinal));
        var kept = lines.Where((l, i) => i <= three || i >= four || !l.TrimEnd().EndsWith('|')).ToArray();
        var path = Path.Combine(_work, "panjin-no-table-3.txt");
        File.WriteAllLines(path, kept);
        return path;
    }

    [Fact]
    public async Task Import_TableNotFound_CountsOnlyFiguresReadAndExitsWithGaps()
    {
        var requests = Path.Combine(_work, "requests");

        var (exit, text) = await ImportAsync(WithoutTableThree(), "-o", requests);

        Assert.True(exit == ImportCommand.GapsExitCode, text);
        Assert.Matches(@"panjin-no-table-3\.txt\s+EDITION_2021\s+25/200\s+", text);
        Assert.Contains("二 10/10 三 0/175 四 15/15  imported with gaps", text);
        Assert.Contains("0 imported, 1 imported with gaps, 0 failed", text);
        var notes = File.ReadAllLines(Path.Combine(requests, "panjin-no-table-3.notes.tsv"));
        Assert.Equal(175, notes.Count(n => n.StartsWith("applications.", StringComparison.Ordinal) && n.Contains("table not found; the field is left out", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Import_TableNotFoundWithAllowGaps_ExitsZeroAndStillSaysGaps()
    {
        var (exit, text) = await ImportAsync(WithoutTableThree(), "-o", Path.Combine(_work, "requests"), "--allow-gaps");

        Assert.Equal(0, exit);
        Assert.Contains("0 imported, 1 imported with gaps, 0 failed", text);
    }

    [Fact]
    public async Task Import_TwoFilesWithOneName_SecondIsWrittenApartAndNamed()
    {
        var other = Directory.CreateDirectory(Path.Combine(_work, "copy")).FullName;
        var second = Path.Combine(other, "panjin-commerce-2022.txt");
        File.Copy(CheckoutPaths.Shared("archive", "panjin-commerce-2022.txt"), second);
        var requests = Path.Combine(_work, "requests");

        var (exit, text) = await ImportAsync(CheckoutPaths.Shared("archive", "panjin-commerce-2022.txt"), second, "-o", requests);

        Assert.Equal(0, exit);
        Assert.Contains($"{second}: written as panjin-commerce-2022-2 (panjin-commerce-2022 is {CheckoutPaths.Shared("archive", "panjin-commerce-2022.txt")})", text);
        Assert.Contains("2 imported, 0 imported with gaps, 0 failed, 1 renamed apart", text);
        var request = DocGen.Contracts.RequestJson.ParseRenderRequest(File.ReadAllText(Path.Combine(requests, "panjin-commerce-2022-2.json")));
        Assert.Equal("panjin-commerce-2022-2", request.RequestId);
        Assert.True(File.Exists(Path.Combine(requests, "panjin-commerce-2022.json")));
    }
}
