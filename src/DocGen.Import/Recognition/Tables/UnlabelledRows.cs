using DocGen.Import.Document;

namespace DocGen.Import.Recognition.Tables;

/// <summary>
/// Rows a converter cut from their labels: a markdown pipe row of figures only
/// (<c>| 0 | 0 | 0 | 0 | 0 | 0 | 0 |</c>) whose label it printed as a text line apart. Where the
/// capture keeps its rows (each starts a row, in the table's order) and between two rows found by
/// their labels stand exactly as many such rows as the layout has rows not found there, they are
/// those rows in order. Each must fill its cells and fit its own totals, and it is written only
/// when the table's 勾稽 rules hold with it (<see cref="DeferredRows"/>, one candidate); a count
/// that differs, a text cell among them, or a row that breaks its totals reads nothing.
/// </summary>
public static class UnlabelledRows
{
    /// <summary>
    /// Tries the rows from <paramref name="r"/> (not found by its label) up to the next row found.
    /// Returns how many rows were read (0: none) and where the next row may begin; <paramref name="runEnd"/>
    /// is the first row after the run of rows not found, so a failed try is not repeated for each.
    /// </summary>
    public static (int Rows, int Cursor) TryRead(TableContext table, List<ValueRow> rows, int r, int cursor, out int runEnd)
    {
        var (cells, values) = (table.Cells, table.Values);
        runEnd = r + 1;
        var next = r + 1;
        var labelAt = -1;
        for (; next < rows.Count; next++)
        {
            if (rows[next].Label is not { } label) break;
            if (RowFinder.FindLabel(table, cursor, label) is var at and >= 0)
            {
                labelAt = at - 1;
                break;
            }
        }
        runEnd = next;
        if (labelAt < 0) return (0, cursor);
        // The found row's own line may begin before its label ("三、 | （一）予以公开 | …").
        var end = labelAt;
        while (end > cursor && !cells[end].StartsRow) end--;
        var missing = next - r;
        var starts = new List<int>();
        for (var i = cursor; i < end; i++)
        {
            table.Budget.Check();
            var cell = cells[i];
            if (cell.BlanksDropped || cell.Unordered || cell.RunTogether || cell.ColumnFromRight >= 0 || cell.TextColumn >= 0) return (0, cursor);
            if (values[i].Kind is not (CellValueKind.Number or CellValueKind.Empty)) return (0, cursor);
            if (cell.StartsRow) starts.Add(i);
            else if (starts.Count == 0) return (0, cursor);
        }
        if (starts.Count != missing) return (0, cursor);
        var candidates = new List<decimal[]>();
        for (var m = 0; m < missing; m++)
        {
            var bindings = rows[r + m].Bindings;
            var from = starts[m];
            var to = m + 1 < missing ? starts[m + 1] : end;
            if (to - from != bindings.Length) return (0, cursor);
            var figures = values[from..to];
            if (figures.Any(v => v is not ({ Kind: CellValueKind.Empty } or { Kind: CellValueKind.Number, Unit: "", Number: >= 0 }) || decimal.Truncate(v.Number) != v.Number)
                || !figures.Any(v => v.Kind == CellValueKind.Number) || !RowTotals.Confirm(bindings, figures))
                return (0, cursor);
            candidates.Add(figures.Select(v => v.Number).ToArray());
        }
        var before = r > 0 ? rows[r - 1].Label ?? "the table's head" : "the table's head";
        var after = rows[next].Label!;
        for (var m = 0; m < missing; m++)
        {
            var row = rows[r + m];
            var found = string.Join(" ", cells.Skip(starts[m]).Take(row.Bindings.Length).Select(c => c.Text));
            var evidence = $"a row of figures without its label (the capture set the label apart), the {Ordinal(m + 1)} of {missing} such rows between "
                + $"{before} and {after}, where the table has {missing} row(s) not found by their labels";
            DeferredRows.PlaceOrDefer(table, row, found, table.Where(row.Label ?? "figures", cells[starts[m]]), new RowPlacements.Result([candidates[m]], false, 1),
                evidence, _ => evidence, why => $"{evidence}, but they are not read ({why}); the field is left out", tableMustConfirm: true);
        }
        return (missing, end);
    }

    private static string Ordinal(int n) => n switch { 1 => "1st", 2 => "2nd", 3 => "3rd", _ => $"{n}th" };
}
