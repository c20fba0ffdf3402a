using System.Text;
using DocGen.Import.Document;
using DocGen.Import.Reading.Scans;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;
using UglyToad.PdfPig.Filters;

namespace DocGen.Import.Reading;

/// <summary>
/// A published PDF → paragraphs and table cells, rebuilt from the letters' positions (PdfPig):
/// letters on one baseline make a line; a gap wider than a character splits a line into cells;
/// lines join into paragraphs until one is indented or the previous ends short. Each line is
/// also a run of cells, so the tables' rows are read from the same lines.
/// </summary>
public static class PdfDocumentReader
{
    public static SourceDocument Read(ReadOnlyMemory<byte> bytes, ReadingContext context)
    {
        var budget = context.Budget;
        PdfDocument pdf;
        try
        {
            pdf = PdfDocument.Open(bytes, new ParsingOptions
            {
                UseLenientParsing = true,
                FilterProvider = new BudgetedFilters(DefaultFilterProvider.Instance, budget),
            });
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new ImportException("PDF is encrypted; import needs a PDF that opens without a password");
        }
        catch (Exception e) when (e is not OperationCanceledException and not ImportException)
        {
            budget.Check();
            throw new ImportException($"PDF cannot be read: {e.Message}");
        }
        var sizes = new List<ScanReader.PageSize>();
        using (pdf)
        {
            if (pdf.IsEncrypted) throw new ImportException("PDF is encrypted; import needs a PDF that opens without a password");
            if (pdf.NumberOfPages > ImportLimits.MaxPdfPages)
                throw new ImportException($"PDF has {pdf.NumberOfPages:N0} pages; the limit is {ImportLimits.MaxPdfPages:N0}");
            var lines = new List<PdfLine>();
            for (var p = 1; p <= pdf.NumberOfPages; p++)
            {
                budget.StartPage(p);
                Page page;
                try
                {
                    page = pdf.GetPage(p);
                    // A budget breach inside PdfPig may have been swallowed by its lenient parsing.
                    budget.Check();
                    lines.AddRange(PdfLines.Of(page, p, budget));
                }
                catch (Exception e) when (e is not OperationCanceledException and not ImportException)
                {
                    budget.Check();
                    throw new ImportException($"PDF page {p} cannot be read: {e.Message}");
                }
            }
            if (lines.Count > 0) return new SourceDocument(Blocks(lines, budget));
            for (var p = 1; p <= pdf.NumberOfPages; p++)
            {
                budget.StartPage(p);
                var page = pdf.GetPage(p);
                sizes.Add(new(p, page.Width, page.Height, page.Rotation.Value, HasMarks: page.Paths.Count > 0 || page.GetImages().Any()));
            }
        }
        // No page has a text layer: a scan, read by OCR.
        var (scanned, skipped) = ScanReader.Lines(bytes, sizes, budget);
        if (scanned.Count == 0)
            throw new ImportException("PDF has no text layer, and OCR read no text in it" + (skipped.Count > 0 ? $" ({string.Join("; ", skipped.Select(n => n.Found))})" : ""));
        return new SourceDocument(Blocks(scanned, budget), Notes: [ScanReader.Note, .. skipped]) { ReadByOcr = true };
    }

    private static List<SourceBlock> Blocks(List<PdfLine> lines, ImportBudget budget)
    {
        var blocks = new List<SourceBlock>();
        var left = lines.Where(l => l.Cells.Count == 1).Select(l => l.Left).DefaultIfEmpty(0).Min();
        var right = lines.Select(l => l.Right).DefaultIfEmpty(0).Max();
        var paragraph = new StringBuilder();
        var paragraphAt = 0;
        var paragraphWhere = "";
        for (var i = 0; i < lines.Count; i++)
        {
            budget.Check();
            var line = lines[i];
            var previous = i > 0 ? lines[i - 1] : null;
            var startsParagraph = previous is null || line.Cells.Count > 1 || previous.Cells.Count > 1
                || line.Left > left + line.Size * 1.2
                || previous.Right < right - previous.Size * 1.5
                || Math.Abs(previous.Size - line.Size) > 0.5;
            if (startsParagraph) Close();
            if (paragraph.Length == 0)
            {
                paragraphAt = blocks.Count;
                paragraphWhere = line.Where;
            }
            paragraph.Append(line.Text);
            blocks.Add(new TableBlock(line.Cells, line.Where));
        }
        Close();
        return blocks;

        void Close()
        {
            if (paragraph.Length > 0) blocks.Insert(paragraphAt, new Paragraph(paragraph.ToString(), paragraphWhere));
            paragraph.Clear();
        }
    }
}
