using DocGen.Core.Model;
using DocGen.Import.Tests.Support;
using UglyToad.PdfPig;
using Xunit.Abstractions;

namespace DocGen.Import.Tests;

/// <summary>
/// A scan of a real report: 上海市人民政府办公厅's 2019 report as Chromium printed it from the
/// published page (Corpus/shanghai-gov-office-2019.chromium.pdf, see make-captures.sh), rasterised
/// at 300 dpi and wrapped as pictures in a PDF with no text layer, read back through Tesseract.
/// </summary>
public sealed class ScannedPdfImportTests(ITestOutputHelper output)
{
    private static readonly string Corpus = Path.Combine(AppContext.BaseDirectory, "Corpus");

    private static readonly Lazy<byte[]> Scan = new(() => ScannedPdf.Of(Path.Combine(Corpus, "shanghai-gov-office-2019.chromium.pdf")));

    private static readonly Lazy<Recognition.RecognizedReport> Imported = new(() =>
        ReportImporter.Import(Scan.Value, "", "shanghai-gov-office-2019.scan.pdf", Edition.Unspecified, CancellationToken.None));

    [Fact]
    public void Scan_HasNoTextLayer()
    {
        using var pdf = PdfDocument.Open(Scan.Value);

        Assert.Equal(4, pdf.NumberOfPages);
        Assert.All(pdf.GetPages(), page => Assert.Empty(page.Letters));
    }

    [Fact]
    public void Import_ScanOfARealReport_ReadsNoFigureWrongAndNotesEveryOneLeftOut()
    {
        var truth = CorpusTruth.Load(Path.Combine(Corpus, "shanghai-gov-office-2019.truth.json"));

        var score = CorpusScore.Of(Imported.Value, truth);

        output.WriteLine($"scan: exact {score.Exact}/{score.All}  wrong {score.Wrong.Count}  missing {score.Missing.Count}");
        foreach (var note in Imported.Value.Notes) output.WriteLine($"{note.Path}\t{note.Found}\t{note.Where}\t{note.Message}");
        Assert.True(score.Wrong.Count == 0, string.Join("\n", score.Wrong));
        Assert.True(score.Identity.Count == 0, string.Join("\n", score.Identity));
        Assert.Equal(ExactFromScan, score.Exact);
    }

    [Fact]
    public void Import_ScanOfARealReport_SaysItWasReadByOcr()
    {
        Assert.Contains(Imported.Value.Notes, n => n.Message.StartsWith("read by OCR", StringComparison.Ordinal));
    }

    /// <summary>
    /// Figures of the 198 read exactly from the scan; the rest are left out, each with a note: table 二 has
    /// no 总计 to confirm a figure, most of table 三's rows print their 总计 blank, and OCR drops the dot of
    /// 4.保护第三方合法权益, so that row and the column 勾稽 it is part of cannot confirm the rest.
    /// </summary>
    private const int ExactFromScan = 38;
}
