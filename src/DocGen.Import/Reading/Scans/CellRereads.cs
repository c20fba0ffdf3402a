using System.Globalization;
using System.Text;

namespace DocGen.Import.Reading.Scans;

/// <summary>
/// A second look at a table row the page's OCR read badly: each figure cell of the row cropped from
/// the page (its x span between the rules that cross the row, the row's height) and read alone by
/// Tesseract as one line of digits. A row of at least <see cref="MinRowCells"/> figure cells is read again when
/// one of them holds anything but one number (<c>35$1</c>, <c>和</c>, two words) or nothing while
/// others hold figures; a row above the first row of figures of its columns, or whose
/// figure columns hold a word of Chinese, is a head, not read again. What the
/// second look reads replaces the page's reading of that cell only when it is a number; it is then
/// placed by the rules and confirmed by the row's totals and the 勾稽 rules like every OCR'd figure
/// (<see cref="Recognition.OcrFigures"/>): a re-read figure is never kept on its own word.
/// </summary>
internal static class CellRereads
{
    /// <summary>How many cells one document may still have read again (<see cref="ImportLimits.MaxOcrCellRereads"/>), and how many were.</summary>
    public sealed class Allowance
    {
        public int Left { get; set; } = ImportLimits.MaxOcrCellRereads;
        public int Read { get; set; }
        public bool Exhausted { get; set; }
    }

    /// <summary>A figure column's span between two rules, in pixels; spans within this many pixels of each other are one column.</summary>
    private const int SameSpanPixels = 8;

    /// <summary>
    /// Only a row of this many figure cells is read again: a figure read again is kept only where a
    /// 总计 confirms it, and the national tables' rows with a 总计 (三: seven cells, 四: fifteen) are
    /// the long ones; table 二's (one to three cells) have none, so reading them again would only cost.
    /// </summary>
    private const int MinRowCells = 4;

    /// <summary>The page's words with the figure cells of doubtful rows replaced by their second reading.</summary>
    public static List<TesseractTsv.Word> Of(List<TesseractTsv.Word> words, List<PdfRules.Rule> rules, RasterRules.GreyImage image, int dpi,
        string folder, int pageNumber, Allowance allowance, ImportBudget budget)
    {
        var scale = 72.0 / dpi;
        var rows = new List<(List<TesseractTsv.Word> Words, List<(int Left, int Right)> Spans)>();
        foreach (var line in words.GroupBy(w => w.Line))
        {
            var lineWords = line.ToList();
            var bottom = Median(lineWords.Select(w => w.Top + w.Height));
            var height = Median(lineWords.Select(w => w.Height));
            var crossing = PdfRules.Crossing(rules, (image.Height - bottom) * scale, height * scale);
            var spans = new List<(int, int)>();
            for (var k = 1; k < crossing.Count; k++) spans.Add(((int)Math.Round(crossing[k - 1] / scale), (int)Math.Round(crossing[k] / scale)));
            rows.Add((lineWords, spans));
        }
        // A figure column: a span in which some row of the page has one number alone; and the top of the
        // first such row, above which the column's rows are its head (a row below the first figures of
        // any of its columns is a row of the table).
        var figureSpans = new List<(int Left, int Right)>();
        var firstFigure = new List<int>();
        foreach (var (lineWords, spans) in rows)
        {
            foreach (var span in spans)
            {
                var inside = lineWords.Where(w => Within(w, span)).ToList();
                if (inside.Count != 1 || !IsFigure(inside[0].Text)) continue;
                var known = figureSpans.FindIndex(f => Same(f, span));
                if (known < 0)
                {
                    figureSpans.Add(span);
                    firstFigure.Add(inside[0].Top);
                }
                else
                {
                    firstFigure[known] = Math.Min(firstFigure[known], inside[0].Top);
                }
            }
        }
        var result = new List<TesseractTsv.Word>(words.Count);
        foreach (var (lineWords, spans) in rows)
        {
            budget.Check();
            // The row's figure cells: from its first span in a figure column to the right end (a cell
            // no row reads alone, 35$1 between two figures, is still one).
            var first = spans.FindIndex(s => figureSpans.Any(f => Same(f, s)));
            var cells = first < 0 ? [] : spans[first..];
            var inCells = cells.Select(c => lineWords.Where(w => Within(w, c)).ToList()).ToList();
            var head = cells.Select(c => figureSpans.FindIndex(f => Same(f, c))).Where(k => k >= 0).Select(k => firstFigure[k]).DefaultIfEmpty(int.MaxValue).Min();
            var belowHead = inCells.SelectMany(c => c).All(w => w.Top + w.Height > head);
            var doubtful = cells.Count >= MinRowCells && inCells.Any(c => c.Count > 0) && belowHead && !inCells.Any(c => c.Any(IsHead))
                && inCells.Any(c => c.Count != 1 || !IsFigure(c[0].Text));
            if (!doubtful)
            {
                result.AddRange(lineWords);
                continue;
            }
            if (allowance.Left < cells.Count)
            {
                allowance.Exhausted = true;
                result.AddRange(lineWords);
                continue;
            }
            allowance.Left -= cells.Count;
            var read = inCells.SelectMany(c => c).ToList();
            var pad = (int)Math.Ceiling(Median(read.Select(w => w.Height)) * 0.4);
            var top = Math.Max(0, read.Min(w => w.Top) - pad);
            var bottom = Math.Min(image.Height, read.Max(w => w.Top + w.Height) + pad);
            var replaced = new HashSet<TesseractTsv.Word>(ReferenceEqualityComparer.Instance);
            for (var k = 0; k < cells.Count; k++)
            {
                var (left, right) = cells[k];
                // Inside the rules: what is left of a painted-out rule is not part of the figure.
                var again = Read(image, left + pad / 2, top, right - pad / 2, bottom, dpi, folder, $"PDF page {pageNumber} (OCR of one cell)", budget);
                allowance.Read++;
                if (again is null) continue;
                replaced.UnionWith(inCells[k]);
                var width = Math.Min(right - left - pad, again.Length * (bottom - top - 2 * pad) / 2 + 1);
                result.Add(new TesseractTsv.Word(again, left + pad, top + pad, Math.Max(1, width), Math.Max(1, bottom - top - 2 * pad), lineWords[0].Line));
            }
            result.AddRange(lineWords.Where(w => !replaced.Contains(w)));
        }
        return result;
    }

    /// <summary>The cell's figure as Tesseract reads it alone (digits and a dot only), or null when that is not a number.</summary>
    private static string? Read(RasterRules.GreyImage image, int left, int top, int right, int bottom, int dpi, string folder, string what, ImportBudget budget)
    {
        (left, right) = (Math.Max(0, left), Math.Min(image.Width, right));
        if (right - left < 4 || bottom - top < 4) return null;
        // Set in a white margin: Tesseract reads nothing of a lone 1 cropped close (measured: a margin of
        // a tenth of an inch read it, and 31 that it read as nothing before).
        var margin = dpi / 10;
        var (width, height) = (right - left, bottom - top);
        var (outWidth, outHeight) = (width + 2 * margin, height + 2 * margin);
        var pixels = new byte[outWidth * outHeight];
        Array.Fill(pixels, (byte)255);
        for (var y = 0; y < height; y++)
            Array.Copy(image.Pixels, (top + y) * image.Width + left, pixels, (margin + y) * outWidth + margin, width);
        var path = Path.Combine(folder, "cell.pgm");
        RasterRules.Save(new RasterRules.GreyImage(outWidth, outHeight, pixels), path);
        try
        {
            var text = ExternalTool.Run("tesseract",
                [path, "stdout", "-l", "eng", "--dpi", dpi.ToString(CultureInfo.InvariantCulture), "--psm", "7", "-c", "tessedit_char_whitelist=0123456789."],
                maxOutputBytes: 4096, what, budget);
            var figure = Encoding.UTF8.GetString(text).Trim();
            return IsFigure(figure) ? figure : null;
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Two Chinese characters or more in a figure column: a column head (商业企业, 其他, 总计), not a misread figure.</summary>
    private static bool IsHead(TesseractTsv.Word word) => word.Text.Count(c => c is >= '\u4e00' and <= '\u9fff') >= 2;

    private static bool Within(TesseractTsv.Word word, (int Left, int Right) span)
    {
        var centre = word.Left + word.Width / 2;
        return centre > span.Left && centre < span.Right;
    }

    private static bool Same((int Left, int Right) a, (int Left, int Right) b) =>
        Math.Abs(a.Left - b.Left) <= SameSpanPixels && Math.Abs(a.Right - b.Right) <= SameSpanPixels;

    /// <summary>A number as a table prints one: digits, at most one dot between digits.</summary>
    private static bool IsFigure(string text)
    {
        if (text.Length is 0 or > 16 || text[0] == '.' || text[^1] == '.') return false;
        var dots = 0;
        foreach (var c in text)
        {
            if (c == '.') dots++;
            else if (c is < '0' or > '9') return false;
        }
        return dots <= 1;
    }

    private static int Median(IEnumerable<int> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }
}
