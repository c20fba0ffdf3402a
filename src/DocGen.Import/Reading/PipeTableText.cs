using DocGen.Import.Document;

namespace DocGen.Import.Reading;

/// <summary>
/// Markdown pipe tables, as converters write a page's tables: a row a line, "| a | b |", cells as
/// they appear (a spanning cell once), "|---|" rules passed over. A blank cell is an empty cell.
/// Crawlers write the same rows without the leading bar ("规章 | 0 | 0 | 0 |"), and cut the last
/// one short ("行政强制 | 0 | 0"): those are rows too (<see cref="IsOpenRow"/>).
/// </summary>
public static class PipeTableText
{
    public static bool IsRow(string trimmed) => trimmed.Length >= 2 && trimmed[0] == '|' && trimmed[^1] == '|';

    /// <summary>A converter's markdown heading without its marks ("## 一、总体情况" → "一、总体情况").</summary>
    public static string WithoutHeadingMarks(string trimmed)
    {
        var marks = 0;
        while (marks < trimmed.Length && marks < 7 && trimmed[marks] == '#') marks++;
        return marks is > 0 and <= 6 && marks < trimmed.Length && char.IsWhiteSpace(trimmed[marks]) ? trimmed[marks..].TrimStart() : trimmed;
    }

    public static bool IsRule(string trimmed) => trimmed.Trim('|', '-', ':', ' ', '\t').Length == 0;

    /// <summary>
    /// A row without the leading bar: a label and, after a bar, at least one more cell with text
    /// ("规章 | 0 | 0 | 0 | |"). A label followed only by bars ("8 |", "第二十条第(一)项 | |||") is
    /// the line-per-cell form, not this.
    /// </summary>
    public static bool IsOpenRow(string trimmed)
    {
        var bar = trimmed.IndexOf('|');
        if (bar <= 0) return false;
        return trimmed[(bar + 1)..].Split('|').Any(p => p.Trim().Length > 0);
    }

    /// <summary>The cells of a row without the leading bar (<see cref="IsOpenRow"/>); a trailing bar ends the last cell.</summary>
    public static IEnumerable<TableCell> OpenRowCells(string trimmed, string where)
    {
        var parts = (trimmed.EndsWith('|') ? trimmed[..^1] : trimmed).Split('|');
        for (var k = 0; k < parts.Length; k++)
            yield return new TableCell(parts[k].Trim(), where, StartsRow: k == 0);
    }

    /// <summary>The row's cells, the first marked as starting the row.</summary>
    public static IEnumerable<TableCell> Cells(string trimmed, string where)
    {
        var parts = trimmed[1..^1].Split('|');
        for (var k = 0; k < parts.Length; k++)
            yield return new TableCell(parts[k].Trim(), where, StartsRow: k == 0);
    }
}
