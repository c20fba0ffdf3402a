using System.Diagnostics;
using System.Globalization;
using System.Text;
using DocGen.Import.Reading;
using DocGen.Import.Reading.Scans;
using DocGen.Import.Tests.Support;

namespace DocGen.Import.Tests;

/// <summary>
/// A scan made to exhaust the second look at badly read cells: a ruled table of forty rows, each with
/// a figure OCR cannot read as one number (<c>1$2</c>). At most <see cref="ImportLimits.MaxOcrCellRereads"/>
/// cells are read again, and the notes say that the rest were left as the page's OCR read them.
/// </summary>
[Collection(nameof(OcrProcesses))]
public sealed class ScanCellRereadLimitTests
{
    private const int Rows = 40, FigureColumns = 8, Dpi = 300;

    [Fact]
    public void ReadScan_MoreBadlyReadRowsThanTheLimit_ReadsAgainAtMostTheLimitAndSaysSo()
    {
        var folder = Directory.CreateTempSubdirectory("docgen-scan-test-");
        try
        {
            var pdf = ScannedPdf.Wrap([TableImage(folder.FullName)], Dpi);
            var page = new ScanReader.PageSize(1, 2480 * 72.0 / Dpi, 3508 * 72.0 / Dpi, 0, HasMarks: true);

            var (_, notes) = ScanReader.Lines(pdf, [page], new ImportBudget(CancellationToken.None));

            var read = Assert.Single(notes, n => n.Message.Contains("read again one by one as digits", StringComparison.Ordinal));
            Assert.StartsWith($"{ImportLimits.MaxOcrCellRereads} table cells", read.Message, StringComparison.Ordinal);
            Assert.Contains(notes, n => n.Message.StartsWith($"more table rows were read badly than the {ImportLimits.MaxOcrCellRereads} cells", StringComparison.Ordinal));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>An A4 page at 300 dpi (ImageMagick): a label column and eight figure columns, ruled, a junk figure in every row.</summary>
    private static string TableImage(string folder)
    {
        const int left = 100, top = 200, labelWidth = 300, width = 240, height = 75;
        var right = left + labelWidth + FigureColumns * width;
        var draw = new StringBuilder("stroke black stroke-width 3\n");
        for (var row = 0; row <= Rows; row++)
            draw.Append(CultureInfo.InvariantCulture, $"line {left},{top + row * height} {right},{top + row * height}\n");
        draw.Append(CultureInfo.InvariantCulture, $"line {left},{top} {left},{top + Rows * height}\n");
        for (var column = 0; column <= FigureColumns; column++)
        {
            var x = left + labelWidth + column * width;
            draw.Append(CultureInfo.InvariantCulture, $"line {x},{top} {x},{top + Rows * height}\n");
        }
        draw.Append("stroke none fill black font-size 40 font '/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf'\n"); // fonts-liberation2, as bootstrap installs
        for (var row = 0; row < Rows; row++)
        {
            var y = top + row * height + 52;
            draw.Append(CultureInfo.InvariantCulture, $"text {left + 20},{y} 'R{row}'\n");
            for (var column = 0; column < FigureColumns; column++)
            {
                var figure = column == row % FigureColumns ? "1$2" : (row * 7 + column).ToString(CultureInfo.InvariantCulture);
                draw.Append(CultureInfo.InvariantCulture, $"text {left + labelWidth + column * width + 30},{y} '{figure}'\n");
            }
        }
        var bmp = Path.Combine(folder, "table.bmp");
        using var convert = Process.Start(new ProcessStartInfo("convert", ["-size", "2480x3508", "xc:white", "-draw", draw.ToString(), "-type", "TrueColor", $"BMP3:{bmp}"])
        {
            RedirectStandardError = true,
        })!;
        var error = convert.StandardError.ReadToEnd();
        convert.WaitForExit();
        Assert.True(convert.ExitCode == 0, error);
        return bmp;
    }
}
