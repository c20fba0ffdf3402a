using System.Diagnostics;
using DocGen.Core.Model;
using DocGen.Import.Reading;
using DocGen.Tests.Shared;
using Xunit.Abstractions;

namespace DocGen.Import.Tests;

/// <summary>
/// The documents issue 24's attack used against ImportReport are refused with a message naming the
/// limit they pass, and the import budget's deadline holds inside the readers' loops. (The memory
/// these take on a real server process is measured in DocGen.Server.Tests' HostileImportTests.)
/// </summary>
public sealed class HostileDocumentTests(ITestOutputHelper output)
{
    [Fact]
    public void Import_ThreeHeadingsAndOnePointThreeMillionBarLines_RefusedAtTheBlockLimit()
    {
        var e = Timed(() => Assert.Throws<ImportException>(() => Import(HostileDocuments.BarLines(), "report.txt")));

        Assert.Contains($"more than {ImportLimits.MaxBlocks:N0} paragraphs and table cells", e.Message);
    }

    [Fact]
    public void Import_BarLinesJustUnderTheBlockLimit_ReadAsAReportWithItsTablesNotFound()
    {
        var imported = Timed(() => Import(HostileDocuments.BarLines(ImportLimits.MaxBlocks - 10), "report.txt"));

        Assert.Contains(imported.Notes, n => n.Message.Contains("not found", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nested")]
    [InlineData("single")]
    [InlineData("operators")]
    public void Import_DecompressionBomb_RefusedNamingTheDecompressionLimit(string bomb)
    {
        var pdf = bomb switch { "nested" => HostileDocuments.NestedFlateBomb, "single" => HostileDocuments.FlateBomb, _ => HostileDocuments.TextOperatorFlood };
        var before = GC.GetAllocatedBytesForCurrentThread();

        var e = Timed(() => Assert.Throws<ImportException>(() => Import(pdf, "bomb.pdf")));

        var allocatedMiB = (GC.GetAllocatedBytesForCurrentThread() - before) / (1024.0 * 1024);
        output.WriteLine($"{bomb}: {pdf.Length:N0} bytes, {allocatedMiB:N0} MiB allocated: {e.Message}");
        Assert.Matches(@"decompress(es)? to more than [\d,]+ bytes \(the (page content|page|document) limit\)", e.Message);
        // The budget stops decoding at the limit: what was allocated is a few times the limit, not the bomb.
        Assert.True(allocatedMiB < 512, $"{allocatedMiB:N0} MiB allocated");
    }

    [Fact]
    public void Import_UnclosedCells_RefusedByTheElementCountBeforeATreeIsBuilt()
    {
        var before = GC.GetAllocatedBytesForCurrentThread();

        var e = Assert.Throws<ImportException>(() => Import(HostileDocuments.UnclosedCells(), "page.html"));

        var allocatedMiB = (GC.GetAllocatedBytesForCurrentThread() - before) / (1024.0 * 1024);
        Assert.Contains($"more than {ImportLimits.MaxHtmlElements:N0} elements", e.Message);
        Assert.True(allocatedMiB < 128, $"{allocatedMiB:N0} MiB allocated");
    }

    [Theory]
    [InlineData("report.txt")]
    [InlineData("page.html")]
    [InlineData("hzq-2023.pdf")]
    public void Import_BudgetAlreadyCancelled_EveryReaderStopsWithCancellation(string name)
    {
        var bytes = name switch
        {
            "report.txt" => HostileDocuments.BarLines(50_000),
            "page.html" => System.Text.Encoding.UTF8.GetBytes("<p>二、主动公开政府信息情况</p>" + string.Concat(Enumerable.Repeat("<table><tr><td>规章</td><td>1</td></tr></table>", 1_000))),
            _ => File.ReadAllBytes(CheckoutPaths.Shared("archive", "hzq-2023.pdf")),
        };
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            ReportImporter.Import(bytes, "", name, Edition.Unspecified, new ReadingContext(new ImportBudget(cancelled.Token))));
    }

    [Fact]
    public void Budget_BreachSwallowedByALibrary_StillEndsTheImportAtTheNextCheck()
    {
        var budget = ImportBudget.Unbounded;
        try
        {
            budget.Decoded(ImportLimits.MaxPdfDecodedBytes + 1, isContent: false);
        }
        catch (ImportException)
        {
            // What a lenient parser does.
        }

        var e = Assert.Throws<ImportException>(budget.Check);
        Assert.Contains("the document limit", e.Message);
    }

    private static DocGen.Import.Recognition.RecognizedReport Import(byte[] bytes, string name) =>
        ReportImporter.Import(bytes, "", name, Edition.Unspecified, CancellationToken.None);

    private T Timed<T>(Func<T> read)
    {
        var clock = Stopwatch.StartNew();
        var result = read();
        output.WriteLine($"read in {clock.Elapsed.TotalSeconds:N2} s");
        return result;
    }
}
