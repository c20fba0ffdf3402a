using System.Diagnostics;
using DocGen.Core.Model;
using DocGen.Import.Reading;
using DocGen.Import.Tests.Support;
using DocGen.Tests.Shared;
using Xunit.Abstractions;

namespace DocGen.Import.Tests;

/// <summary>Tests that change the process's PATH or count its temporary folders and child processes: run alone.</summary>
[CollectionDefinition(nameof(OcrProcesses), DisableParallelization = true)]
public sealed class OcrProcesses;

/// <summary>
/// Scans made to exhaust OCR end in a clear error within the import limits: a page too large to
/// rasterise, a page of noise, a PDF claiming 10,000 pages, more pages than OCR reads, a missing
/// Tesseract, an import cancelled while Tesseract runs (the tool killed, its files removed).
/// </summary>
[Collection(nameof(OcrProcesses))]
public sealed class HostileScanTests(ITestOutputHelper output)
{
    [Fact]
    public void Import_ScanOfAHugePage_RefusedBeforeAnyToolRuns()
    {
        var pdf = HostileDocuments.EmptyPages(width: 14_400, height: 14_400);

        var e = Assert.Throws<ImportException>(() => Import(pdf));

        Assert.Matches(@"^PDF page 1 is 14,400 × 14,400 pt; scanned at 300 dpi for OCR it would be [\d,]+ pixels, the limit is 40,000,000$", e.Message);
    }

    [Fact]
    public void Import_PdfOfTenThousandPages_RefusedAtThePageLimit()
    {
        var e = Assert.Throws<ImportException>(() => Import(HostileDocuments.EmptyPages(pages: 10_000)));

        Assert.Equal($"PDF has 10,000 pages; the limit is {ImportLimits.MaxPdfPages}", e.Message);
    }

    [Fact]
    public void Import_ScanOfMorePagesThanOcrReads_RefusedBeforeAnyToolRuns()
    {
        var folder = Directory.CreateTempSubdirectory("docgen-scan-test-");
        try
        {
            var blank = ScannedPdf.NoiseImage(folder.FullName, 8, 8, seed: 1);
            var pdf = ScannedPdf.Wrap(Enumerable.Repeat(blank, ImportLimits.MaxOcrPages + 1).ToArray(), dpi: 1);

            var e = Assert.Throws<ImportException>(() => Import(pdf));

            Assert.Equal($"PDF has no text layer and {ImportLimits.MaxOcrPages + 1} pages; OCR reads scans of at most {ImportLimits.MaxOcrPages} pages", e.Message);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>An A4 page of random black and white pixels at 300 dpi: not read as text, so no report; memory on this thread bounded.</summary>
    [Fact]
    public void Import_ScanOfAPageOfNoise_RefusedAsHoldingNoReport()
    {
        var folder = Directory.CreateTempSubdirectory("docgen-scan-test-");
        try
        {
            var pdf = ScannedPdf.Wrap([ScannedPdf.NoiseImage(folder.FullName, 2480, 3508, seed: 7)], dpi: 300);
            var before = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();

            var e = Assert.Throws<ImportException>(() => Import(pdf));

            var allocatedMiB = (GC.GetAllocatedBytesForCurrentThread() - before) / (1024.0 * 1024);
            output.WriteLine($"{pdf.Length:N0} bytes, {allocatedMiB:N0} MiB allocated, {clock.Elapsed.TotalSeconds:N1} s: {e.Message}");
            Assert.Matches(@"^PDF has no text layer, and OCR read no text in it \(page 1: \d+ % of it is ink, not a page of text\)$", e.Message);
            Assert.True(allocatedMiB < 256, $"{allocatedMiB:N0} MiB allocated");
            Assert.Empty(LeftBehind());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Import_ScanWithoutTesseractInstalled_ErrorNamesTheDebianPackages()
    {
        var scan = Scan();
        var path = Environment.GetEnvironmentVariable("PATH");
        var folder = Directory.CreateTempSubdirectory("docgen-path-test-");
        try
        {
            // A PATH with pdftoppm but no tesseract.
            File.CreateSymbolicLink(Path.Combine(folder.FullName, "pdftoppm"), "/usr/bin/pdftoppm");
            Environment.SetEnvironmentVariable("PATH", folder.FullName);

            var e = Assert.Throws<ImportException>(() => Import(scan));

            Assert.Equal($"reading a scan needs tesseract, which is not installed (Debian packages: {ImportLimits.OcrPackages})", e.Message);
        }
        finally
        {
            Environment.SetEnvironmentVariable("PATH", path);
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Import_CancelledWhileTesseractReads_StopsItAndRemovesItsFiles()
    {
        var scan = Scan();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(3));

        Assert.ThrowsAny<OperationCanceledException>(() =>
            ReportImporter.Import(scan, "", "scan.pdf", Edition.Unspecified, new ReadingContext(new ImportBudget(deadline.Token))));

        Assert.Empty(LeftBehind());
        Assert.DoesNotContain(Children(), name => name is "tesseract" or "pdftoppm" or "prlimit");
    }

    private static readonly Lazy<byte[]> TwoPageScan = new(() =>
        ScannedPdf.Of(Path.Combine(AppContext.BaseDirectory, "Corpus", "shanghai-gov-office-2019.chromium.pdf")));

    private static byte[] Scan() => TwoPageScan.Value;

    private static Recognition.RecognizedReport Import(byte[] pdf) =>
        ReportImporter.Import(pdf, "", "scan.pdf", Edition.Unspecified, CancellationToken.None);

    // This process's folders only: other processes on the machine may be reading scans meanwhile.
    private static string[] LeftBehind() => Directory.GetDirectories(Path.GetTempPath(), $"docgen-ocr-{Environment.ProcessId}-*");

    /// <summary>The names of this process's child processes.</summary>
    private static List<string> Children()
    {
        var self = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var names = new List<string>();
        foreach (var dir in Directory.GetDirectories("/proc").Where(d => Path.GetFileName(d).All(char.IsAsciiDigit)))
        {
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var close = stat.LastIndexOf(')');
                var fields = stat[(close + 2)..].Split(' ');
                if (fields[1] == self) names.Add(stat[(stat.IndexOf('(') + 1)..close]);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The process ended while it was read, or is not ours to read.
            }
        }
        return names;
    }
}
