using System.Text;
using System.Text.RegularExpressions;
using DocGen.Import.Document;
using UglyToad.PdfPig.Content;

namespace DocGen.Import.Reading;

/// <summary>One line of a PDF page: its cells (runs of letters split at wide gaps) and its extent.</summary>
public sealed record PdfLine(IReadOnlyList<TableCell> Cells, string Text, double Left, double Right, double Size, string Where);

/// <summary>
/// A page's glyphs grouped into lines by baseline, top to bottom; page numbers (— 3 —) dropped. A
/// text PDF's letters and a scan's OCR words go through the same code, cells placed by the same rules.
/// </summary>
public static partial class PdfLines
{
    [GeneratedRegex(@"^[-—–\s]*\d{1,4}[-—–\s]*$")]
    private static partial Regex PageNumber();

    public static IEnumerable<PdfLine> Of(Page page, int pageNumber, ImportBudget budget)
    {
        var rules = PdfRules.Vertical(page, budget);
        var glyphs = new List<PageGlyph>();
        foreach (var letter in page.Letters)
        {
            if (letter.Value.Length == 0 || letter.BoundingBox.Height < 0) continue;
            glyphs.Add(new PageGlyph(letter.Value, letter.StartBaseLine.X, letter.EndBaseLine.X, letter.StartBaseLine.Y,
                letter.PointSize > 0 ? letter.PointSize : Math.Max(letter.BoundingBox.Height, 1)));
        }
        return Of(glyphs, rules, pageNumber, budget);
    }

    /// <summary>Lines of <paramref name="glyphs"/>, each cell's column read from <paramref name="rules"/> (the page's vertical table rules).</summary>
    public static IEnumerable<PdfLine> Of(List<PageGlyph> glyphs, List<PdfRules.Rule> rules, int pageNumber, ImportBudget budget)
    {
        var rows = new List<List<PageGlyph>>();
        foreach (var letter in glyphs.OrderByDescending(l => l.Baseline).ThenBy(l => l.X))
        {
            budget.Check();
            var size = letter.Size;
            var row = rows.Count > 0 ? rows[^1] : null;
            if (row is not null && Math.Abs(row[0].Baseline - letter.Baseline) <= size * 0.35)
                row.Add(letter);
            else
                rows.Add([letter]);
        }
        var number = 0;
        foreach (var row in rows)
        {
            row.Sort((a, b) => a.X.CompareTo(b.X));
            var where = $"page {pageNumber}, line {++number}";
            var cells = new List<TableCell>();
            var cell = new StringBuilder();
            var text = new StringBuilder();
            double? end = null;
            var cellStart = 0.0;
            var baseline = row[0].Baseline;
            var crossing = PdfRules.Crossing(rules, baseline, row[0].Size);
            foreach (var letter in row)
            {
                budget.Check();
                var size = letter.Size;
                if (string.IsNullOrWhiteSpace(letter.Value))
                {
                    continue;
                }
                // A cell ends at a gap wider than a character; between two figures (narrow columns
                // of table 三) at any visible gap, since a number's digits are set tight.
                // A table's rule between two letters ends the cell however tight they sit ("行政事业性收费|0").
                if (end is { } e && (letter.X - e > size * 0.9
                    || (letter.X - e > size * 0.2 && cell.Length > 0 && char.IsAsciiDigit(cell[^1]) && IsFigureStart(letter.Value))
                    || RuleBetween(crossing, e - size * 0.1, letter.X)))
                {
                    Add();
                    text.Append(' ');
                }
                if (cell.Length == 0) cellStart = letter.X;
                cell.Append(letter.Value);
                text.Append(letter.Value);
                end = Math.Max(end ?? double.MinValue, letter.EndX);
            }
            Add();
            var line = text.ToString().Trim();
            if (line.Length == 0 || PageNumber().IsMatch(line)) continue;
            var first = row.First(l => !string.IsNullOrWhiteSpace(l.Value));
            yield return new PdfLine(cells, line, first.X, row.Max(l => l.EndX), first.Size, where);

            void Add()
            {
                if (cell.Length == 0) return;
                budget.CountBlock();
                cells.Add(new TableCell(cell.ToString(), where, StartsRow: cells.Count == 0, BlanksDropped: true)
                {
                    ColumnFromRight = PdfRules.ColumnFromRight(crossing, (cellStart + (end ?? cellStart)) / 2),
                });
                cell.Clear();
            }
        }
    }

    /// <summary>Whether a rule lies strictly between <paramref name="from"/> and <paramref name="to"/> (a loop: this runs for every letter).</summary>
    private static bool RuleBetween(List<double> crossing, double from, double to)
    {
        foreach (var x in crossing)
        {
            if (x > from && x < to) return true;
        }
        return false;
    }

    private static bool IsFigureStart(string value) => value.Length > 0 && (char.IsAsciiDigit(value[0]) || value[0] == '-');
}
