namespace DocGen.Import.Recognition.Tables;

/// <summary>
/// A row's figures run together in one cell: read when exactly one split fits the row's totals, or,
/// when several do, when the table's 勾稽 rules single one out (<see cref="DeferredRows"/>).
/// Where the capture drops blank cells a cell may take no digits (0).
/// </summary>
public static class RunTogetherRow
{
    public static int Read(TableContext table, ValueRow row, string rowName, int start)
    {
        var cell = table.Cells[start];
        var where = table.Where(rowName, cell);
        var hasTotal = row.Bindings.Any(DeferredRows.IsTotal);
        if (!cell.Text.All(char.IsAsciiDigit))
        {
            foreach (var binding in row.Bindings)
                table.Note(binding.Path, cell.Text, where, "figures run together with a decimal point; which cells they fill cannot be told; the field is left out");
            return start + 1;
        }
        var placements = RowPlacements.OfDigits(cell.Text, row.Bindings.Select(DeferredRows.IsTotal).ToArray(), cell.BlanksDropped);
        var (count, list) = (DeferredRows.Count(placements.Candidates), DeferredRows.List(placements.Candidates));
        DeferredRows.PlaceOrDefer(table, row, cell.Text, where, placements, "figures run together",
            figures => $"figures run together; split as {DeferredRows.Join(figures)}, the only split {(hasTotal ? "the row's totals allow" : "its digits allow")}",
            why => $"figures run together (the capture keeps no blank cell and no column, only the digits' order) and " + (placements.Exhausted ? "too many ways to split it to try"
                : placements.Candidates.Count < 2 ? why
                : hasTotal ? $"{count} splits match the row's totals: {list}, and {why}"
                : $"the row has no total to tell between {count} splits, e.g. {list}") + "; the field is left out");
        return start + 1;
    }
}
