using DocGen.Import.Document;

namespace DocGen.Import.Reading;

/// <summary>
/// Markdown pipe tables, as converters write a page's tables: a row a line, "| a | b |", cells as
/// they appear (a spanning cell once), "|---|" rules passed over. A blank cell is an empty cell.
/// </summary>
public static class PipeTableText
{
    public static bool IsRow(string trimmed) => trimmed.Length >= 2 && trimmed[0] == '|' && trimmed[^1] == '|';

    public static bool IsRule(string trimmed) => trimmed.Trim('|', '-', ':', ' ', '\t').Length == 0;

    /// <summary>The row's cells, the first marked as starting the row.</summary>
    public static IEnumerable<TableCell> Cells(string trimmed, string where)
    {
        var parts = trimmed[1..^1].Split('|');
        for (var k = 0; k < parts.Length; k++)
            yield return new TableCell(parts[k].Trim(), where, StartsRow: k == 0);
    }
}
