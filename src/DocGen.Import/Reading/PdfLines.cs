using System.Text;
using System.Text.RegularExpressions;
using DocGen.Import.Document;
using UglyToad.PdfPig.Content;

namespace DocGen.Import.Reading;

/// <summary>One line of a PDF page: its cells (runs of letters split at wide gaps) and its extent.</summary>
public sealed record PdfLine(IReadOnlyList<TableCell> Cells, string Text, double Left, double Right, double Size, string Where);

/// <summary>A page's letters grouped into lines by baseline, top to bottom; page numbers (— 3 —) dropped.</summary>
public static partial class PdfLines
{
    [GeneratedRegex(@"^[-—–\s]*\d{1,4}[-—–\s]*$")]
    private static partial Regex PageNumber();

    public static IEnumerable<PdfLine> Of(Page page, int pageNumber, ImportBudget budget)
    {
        var rules = PdfRules.Vertical(page, budget);
        var letters = page.Letters.Where(l => l.Value.Length > 0 && l.BoundingBox.Height >= 0).ToList();
        var rows = new List<List<Letter>>();
        foreach (var letter in letters.OrderByDescending(l => l.StartBaseLine.Y).ThenBy(l => l.StartBaseLine.X))
        {
            budget.Check();
            var size = Size(letter);
            var row = rows.Count > 0 ? rows[^1] : null;
            if (row is not null && Math.Abs(row[0].StartBaseLine.Y - letter.StartBaseLine.Y) <= size * 0.35)
                row.Add(letter);
            else
                rows.Add([letter]);
        }
        var number = 0;
        foreach (var row in rows)
        {
            row.Sort((a, b) => a.StartBaseLine.X.CompareTo(b.StartBaseLine.X));
            var where = $"page {pageNumber}, line {++number}";
            var cells = new List<TableCell>();
            var cell = new StringBuilder();
            var text = new StringBuilder();
            double? end = null;
            var cellStart = 0.0;
            var baseline = row[0].StartBaseLine.Y;
            var crossing = PdfRules.Crossing(rules, baseline, Size(row[0]));
            foreach (var letter in row)
            {
                budget.Check();
                var size = Size(letter);
                if (string.IsNullOrWhiteSpace(letter.Value))
                {
                    continue;
                }
                // A cell ends at a gap wider than a character; between two figures (narrow columns
                // of table 三) at any visible gap, since a number's digits are set tight.
                // A table's rule between two letters ends the cell however tight they sit ("行政事业性收费|0").
                if (end is { } e && (letter.StartBaseLine.X - e > size * 0.9
                    || (letter.StartBaseLine.X - e > size * 0.2 && cell.Length > 0 && char.IsAsciiDigit(cell[^1]) && IsFigureStart(letter.Value))
                    || crossing.Any(x => x > e - size * 0.1 && x < letter.StartBaseLine.X)))
                {
                    Add();
                    text.Append(' ');
                }
                if (cell.Length == 0) cellStart = letter.StartBaseLine.X;
                cell.Append(letter.Value);
                text.Append(letter.Value);
                end = Math.Max(end ?? double.MinValue, letter.EndBaseLine.X);
            }
            Add();
            var line = text.ToString().Trim();
            if (line.Length == 0 || PageNumber().IsMatch(line)) continue;
            var first = row.First(l => !string.IsNullOrWhiteSpace(l.Value));
            yield return new PdfLine(cells, line, first.StartBaseLine.X, row.Max(l => l.EndBaseLine.X), Size(first), where);

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

    private static bool IsFigureStart(string value) => value.Length > 0 && (char.IsAsciiDigit(value[0]) || value[0] == '-');

    private static double Size(Letter letter) => letter.PointSize > 0 ? letter.PointSize : Math.Max(letter.BoundingBox.Height, 1);
}
