namespace DocGen.Import.Recognition.Tables;

/// <summary>
/// A row's figures run together in one cell (a one-line capture). Read once the whole table is
/// read (<see cref="PlaceAll"/>): when <see cref="EveryCellPrinted"/> holds for the table, the run
/// is cut into exactly the row's cells; otherwise a cell may take no digits (the capture may drop
/// blank cells, read as 0). Either way a split is read when it is the only one the row's totals
/// allow, or, when several are, when the table's 勾稽 rules single one out (<see cref="DeferredRows"/>).
/// </summary>
public static class RunTogetherRow
{
    /// <summary>A row's run of digits; <see cref="Printed"/>, its splits with every cell printed, is searched only when the premise may hold.</summary>
    public sealed record Run(ValueRow Row, string Digits, bool BlanksDropped, string Where)
    {
        public Lazy<RowPlacements.Result> Printed { get; } =
            new(() => RowPlacements.OfDigits(Digits, Row.Bindings.Select(DeferredRows.IsTotal).ToArray(), blanksAllowed: false), LazyThreadSafetyMode.None);
    }

    public static int Read(TableContext table, ValueRow row, string rowName, int start)
    {
        var cell = table.Cells[start];
        var where = table.Where(rowName, cell);
        if (!cell.Text.All(char.IsAsciiDigit))
        {
            foreach (var binding in row.Bindings)
                table.Note(binding.Path, cell.Text, where, "figures run together with a decimal point; which cells they fill cannot be told; the field is left out");
            return start + 1;
        }
        // A space in the run ("230 000023") is whitespace the page had inside or between cells: the
        // digits are the row's either way. Runs longer than the row's cells can hold are not joined.
        var digits = cell.Text;
        var next = start + 1;
        var longest = row.Bindings.Length * RowPlacements.MaxDigits;
        while (next + 1 < table.Cells.Count && string.IsNullOrWhiteSpace(table.Cells[next].Text)
            && table.Cells[next + 1] is { RunTogether: true } more && more.Text.All(char.IsAsciiDigit) && digits.Length + more.Text.Length <= longest)
        {
            digits += more.Text;
            next += 2;
        }
        table.Runs.Add(new Run(row, digits, cell.BlanksDropped, where));
        return next;
    }

    /// <summary>Places (or defers to the table's 勾稽 rules) every run of the table, as the premise says.</summary>
    public static void PlaceAll(TableContext table, EveryCellPrinted.Premise? premise)
    {
        foreach (var run in table.Runs)
        {
            if (premise is not null) PlacePrinted(table, run, premise);
            else PlaceDropped(table, run);
        }
        table.Runs.Clear();
    }

    private static void PlacePrinted(TableContext table, Run run, EveryCellPrinted.Premise premise)
    {
        var (row, placements) = (run.Row, run.Printed.Value);
        var cells = row.Bindings.Length;
        var (count, list) = (DeferredRows.Count(placements.Candidates), DeferredRows.List(placements.Candidates));
        var evidence = $"figures run together, and this table prints every cell ({premise.Evidence})";
        DeferredRows.PlaceOrDefer(table, row, run.Digits, run.Where, placements, evidence,
            figures => $"{evidence}; split as {DeferredRows.Join(figures)}, the only split into its {cells} cells the row's totals allow",
            why => $"{evidence}, and " + (placements.Candidates.Count < 2 ? why : $"{count} splits into its {cells} cells match the row's totals: {list}, and {why}") + "; the field is left out",
            everyCellPrinted: true);
    }

    private static void PlaceDropped(TableContext table, Run run)
    {
        var row = run.Row;
        var hasTotal = row.Bindings.Any(DeferredRows.IsTotal);
        var placements = RowPlacements.OfDigits(run.Digits, row.Bindings.Select(DeferredRows.IsTotal).ToArray(), run.BlanksDropped);
        var (count, list) = (DeferredRows.Count(placements.Candidates), DeferredRows.List(placements.Candidates));
        DeferredRows.PlaceOrDefer(table, row, run.Digits, run.Where, placements, "figures run together",
            figures => $"figures run together; split as {DeferredRows.Join(figures)}, the only split {(hasTotal ? "the row's totals allow" : "its digits allow")}",
            why => $"figures run together (the capture keeps no blank cell and no column, only the digits' order) and " + (placements.Exhausted ? "too many ways to split it to try"
                : placements.Candidates.Count < 2 ? why
                : hasTotal ? $"{count} splits match the row's totals: {list}, and {why}"
                : $"the row has no total to tell between {count} splits, e.g. {list}") + "; the field is left out");
    }
}
