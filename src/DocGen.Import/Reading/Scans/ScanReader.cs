using System.Globalization;

namespace DocGen.Import.Reading.Scans;

/// <summary>
/// A PDF without a text layer (a scan) read through OCR: each page rasterised by <c>pdftoppm</c>
/// (grey, <see cref="ImportLimits.OcrDpi"/> dpi), its words read by Tesseract (chi_sim, TSV with each
/// word's box), its table rules found in the pixels (<see cref="RasterRules"/>); words and rules then
/// go through <see cref="PdfLines"/> as a text PDF's letters and rules do. Pages, pixels, output,
/// time and memory are bounded (<see cref="ImportLimits"/>); temporary files are removed.
/// </summary>
internal static class ScanReader
{
    /// <summary>The start of the name of each scan's temporary folder: docgen-ocr-, this process's id and a dash.</summary>
    internal static readonly string TempFolderPrefix = $"docgen-ocr-{Environment.ProcessId}-";

    /// <summary>Tesseract's page segmentation: one uniform block of text, which reads a table's rows whole once its rules are painted out (measured best: 3 and 4 missed a row of lone figures, 11 misread the text).</summary>
    private const string PageSegmentation = "6";

    public static readonly ImportNote Note = new("", "", "the document",
        $"read by OCR (Tesseract, chi_sim, {ImportLimits.OcrDpi} dpi) from a scan without a text layer: a figure is kept only when its row's 总计 confirms it and no 勾稽 relation of table 三 fails; the others are left out, each noted with what was read");

    /// <summary>A page as the PDF gives its size: points, and its rotation in degrees.</summary>
    /// <summary>A page as the PDF gives it: its size in points, its rotation in degrees, whether it draws anything at all.</summary>
    public sealed record PageSize(int Number, double Width, double Height, int Rotation, bool HasMarks);

    /// <summary>Above this share of ink a page is noise or a picture, not text: Tesseract would take minutes over it.</summary>
    private const double MaxInkShare = 0.25;

    /// <summary>The scan's lines, and a note for each page not read (blank, or no page of text).</summary>
    public static (List<PdfLine> Lines, List<ImportNote> Skipped) Lines(ReadOnlyMemory<byte> bytes, IReadOnlyList<PageSize> pages, ImportBudget budget)
    {
        if (pages.Count > ImportLimits.MaxOcrPages)
            throw new ImportException($"PDF has no text layer and {pages.Count:N0} pages; OCR reads scans of at most {ImportLimits.MaxOcrPages:N0} pages");
        var dpi = ImportLimits.OcrDpi;
        foreach (var page in pages)
        {
            var pixels = page.Width / 72 * dpi * (page.Height / 72 * dpi);
            if (pixels > ImportLimits.MaxOcrPagePixels)
                throw new ImportException(string.Create(CultureInfo.InvariantCulture,
                    $"PDF page {page.Number} is {page.Width:N0} × {page.Height:N0} pt; scanned at {dpi} dpi for OCR it would be {pixels:N0} pixels, the limit is {ImportLimits.MaxOcrPagePixels:N0}"));
        }
        // Named with the process id: an operator (or a test) can tell whose files a folder holds.
        var folder = Directory.CreateTempSubdirectory(TempFolderPrefix);
        try
        {
            var pdfPath = Path.Combine(folder.FullName, "scan.pdf");
            File.WriteAllBytes(pdfPath, bytes.ToArray());
            var lines = new List<PdfLine>();
            var skipped = new List<ImportNote>();
            var rereads = new CellRereads.Allowance();
            foreach (var page in pages)
            {
                if (!page.HasMarks)
                {
                    skipped.Add(new("", $"page {page.Number}: blank", $"page {page.Number}", "the page draws nothing; not read"));
                    continue;
                }
                var (pageLines, inkShare) = Page(pdfPath, folder.FullName, page, dpi, rereads, budget);
                if (pageLines is null)
                    skipped.Add(new("", string.Create(CultureInfo.InvariantCulture, $"page {page.Number}: {inkShare:P0} of it is ink, not a page of text"), $"page {page.Number}",
                        string.Create(CultureInfo.InvariantCulture, $"{inkShare:P0} of the page is ink (noise or a picture, not text); not read by OCR")));
                else
                    lines.AddRange(pageLines);
            }
            if (rereads.Read > 0)
                skipped.Add(new("", "", "the document", string.Create(CultureInfo.InvariantCulture,
                    $"{rereads.Read} table cells of rows the page's OCR read badly were read again one by one as digits (Tesseract, --psm 7); a figure so read is kept only where its row's 总计 and the 勾稽 rules confirm it")));
            if (rereads.Exhausted)
                skipped.Add(new("", "", "the document", string.Create(CultureInfo.InvariantCulture,
                    $"more table rows were read badly than the {ImportLimits.MaxOcrCellRereads} cells a document may have read again; the others are left as the page's OCR read them")));
            return (lines, skipped);
        }
        finally
        {
            try
            {
                folder.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A file still held by a tool being killed; the folder is under the temp directory.
            }
        }
    }

    /// <summary>The page's lines, or null when it is too dark to be text; and its share of ink.</summary>
    private static (List<PdfLine>? Lines, double InkShare) Page(string pdfPath, string folder, PageSize page, int dpi, CellRereads.Allowance rereads, ImportBudget budget)
    {
        var number = page.Number.ToString(CultureInfo.InvariantCulture);
        var stem = Path.Combine(folder, "page");
        var (width, height) = page.Rotation is 90 or 270 ? (page.Height, page.Width) : (page.Width, page.Height);
        // -W/-H cap what pdftoppm draws at the size the page's box was checked at, whatever else it claims.
        ExternalTool.Run("pdftoppm",
            ["-f", number, "-l", number, "-r", dpi.ToString(CultureInfo.InvariantCulture), "-gray", "-cropbox", "-singlefile",
                "-W", Pixels(width, dpi), "-H", Pixels(height, dpi), pdfPath, stem],
            maxOutputBytes: 64 * 1024, $"PDF page {number} (rasterising for OCR)", budget);
        var image = stem + ".pgm";
        var cleaned = stem + "-ruleless.pgm";
        try
        {
            var what = $"PDF page {number}";
            var pixels = RasterRules.Load(image, ImportLimits.MaxOcrPagePixels, what);
            var (rules, inkShare) = RasterRules.PaintOut(pixels, dpi, budget);
            if (inkShare > MaxInkShare) return (null, inkShare);
            RasterRules.Save(pixels, cleaned);
            var imageHeight = pixels.Height;
            var tsv = ExternalTool.Run("tesseract",
                [cleaned, "stdout", "-l", "chi_sim", "--dpi", dpi.ToString(CultureInfo.InvariantCulture), "--psm", PageSegmentation, "tsv"],
                ImportLimits.MaxOcrOutputBytes, $"{what} (OCR)", budget);
            var words = CellRereads.Of(TesseractTsv.Words(tsv, budget), rules, pixels, dpi, folder, page.Number, rereads, budget);
            return (PdfLines.Of(TesseractTsv.Glyphs(words, imageHeight, dpi), rules, page.Number, budget).ToList(), inkShare);
        }
        finally
        {
            File.Delete(image);
            File.Delete(cleaned);
        }
    }

    private static string Pixels(double points, int dpi) => ((long)Math.Ceiling(points / 72 * dpi) + 1).ToString(CultureInfo.InvariantCulture);
}
