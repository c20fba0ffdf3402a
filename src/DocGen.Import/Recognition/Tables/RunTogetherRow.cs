using System.Globalization;

namespace DocGen.Import.Recognition.Tables;

/// <summary>A row's figures run together in one cell: read only when exactly one split is confirmed by the row's totals.</summary>
public static class RunTogetherRow
{
    public static int Read(TableContext table, ValueRow row, string rowName, int start)
    {
        var cell = table.Cells[start];
        var where = table.Where(rowName, cell);
        var splits = RunSplitter.Split(cell.Text, row.Bindings, table.Budget, out var exhausted);
        var hasTotal = row.Bindings.Any(b => b.Path.EndsWith(".total", StringComparison.Ordinal));
        if (splits.Count == 1 && !exhausted)
        {
            for (var k = 0; k < row.Bindings.Length; k++) ReportFieldWriter.Set(table.Report, row.Bindings[k].Path, splits[0][k]);
            table.Note(row.Path, cell.Text, where,
                $"figures run together; split as {string.Join(" ", splits[0])}, the only split {(hasTotal ? "the row's totals allow" : "its digits allow")}");
            return start + 1;
        }
        var candidates = string.Join(" | ", splits.Take(3).Select(s => string.Join(" ", s)));
        var count = splits.Count >= 4 ? "several" : splits.Count.ToString(CultureInfo.InvariantCulture);
        var why = exhausted ? "too many ways to split it to try"
            : splits.Count == 0 ? "no split matches the row's totals"
            : hasTotal ? $"{count} splits match the row's totals: {candidates}"
            : $"the row has no total to tell between {count} splits, e.g. {candidates}";
        foreach (var binding in row.Bindings)
            table.Note(binding.Path, cell.Text, where, $"figures run together and {why}; the field is left out");
        return start + 1;
    }
}
