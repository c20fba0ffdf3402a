using System.Globalization;
using DocGen.Import.Document;

namespace DocGen.Import.Recognition.Tables;

/// <summary>
/// A row whose figures fit its cells in several ways (<see cref="RowPlacements"/>): left until the
/// whole table is read. <see cref="LeftOut"/> makes the note for each of its cells when the table's
/// rules do not single out its figures either, given why.
/// </summary>
public sealed record DeferredRow(ValueRow Row, string Found, string Where, IReadOnlyList<decimal[]> Candidates,
    string Evidence, Func<string, string> LeftOut)
{
    /// <summary>The row's figures as read, in order, when they were apart (not run together): where the capture set them may narrow the candidates (<see cref="AlignedColumns"/>).</summary>
    public IReadOnlyList<TableCell>? Figures { get; init; }

    /// <summary>Every cell of the row was printed (<see cref="EveryCellPrinted"/>): no cell of a placement is a blank read as 0.</summary>
    public bool NoBlankCells { get; init; }
}

/// <summary>
/// Places a row's figures when one placement fits it, defers it when several do, and once the
/// table is read places the deferred rows that <see cref="TablePlacementSolver"/> settles under the
/// table's 勾稽 rules (<see cref="TableRules"/>); the rest are left out with their candidates noted.
/// </summary>
public static class DeferredRows
{
    /// <param name="evidence">What was read, for the note ("figures run together", "2 figure(s) for 7 cells …").</param>
    /// <param name="placedNote">The note when the row's own totals allow one placement.</param>
    /// <param name="leftOut">The note for each cell when no placement, or too many to try, or several fit.</param>
    /// <param name="tableMustConfirm">Even one placement waits for the table's rules (text that may not keep row order).</param>
    public static void PlaceOrDefer(TableContext table, ValueRow row, string found, string where, RowPlacements.Result placements,
        string evidence, Func<decimal[], string> placedNote, Func<string, string> leftOut, bool tableMustConfirm = false,
        IReadOnlyList<TableCell>? figures = null, bool everyCellPrinted = false)
    {
        var hasTotal = row.Bindings.Any(IsTotal);
        if (placements.Exhausted)
        {
            LeaveOut(table, row, found, where, leftOut("too many ways to place them to try"));
            return;
        }
        switch (placements.Candidates.Count)
        {
            case 0:
                LeaveOut(table, row, found, where, leftOut(hasTotal ? "no placement matches the row's totals" : "no placement fits its cells"));
                return;
            case 1 when !tableMustConfirm:
                Write(table, row, placements.Candidates[0]);
                table.Note(row.Path, found, where, placedNote(placements.Candidates[0]));
                return;
            default:
                table.Deferred.Add(new DeferredRow(row, found, where, placements.Candidates, evidence, leftOut) { Figures = figures, NoBlankCells = everyCellPrinted });
                return;
        }
    }

    public static void Resolve(TableContext table)
    {
        if (table.Deferred.Count == 0) return;
        AlignedColumns.Narrow(table);
        var bound = ValueRow.Of(table.Layout).SelectMany(r => r.Bindings).Select(b => b.Path).ToHashSet(StringComparer.Ordinal);
        var rules = TableRules.For(bound);
        var rows = table.Deferred.Select(d => new TablePlacementSolver.Row(d.Row.Bindings.Select(b => b.Path).ToArray(), d.Candidates)).ToList();
        var outcome = TablePlacementSolver.Solve(table.Known, rows, rules, ImportLimits.MaxTableSolverNodes);
        for (var r = 0; r < rows.Count; r++)
        {
            var deferred = table.Deferred[r];
            if (outcome.Placed[r] is { } figures)
            {
                Write(table, deferred.Row, figures);
                table.Note(deferred.Row.Path, deferred.Found, deferred.Where,
                    $"{deferred.Evidence}; placed as {Join(figures)}{(deferred.NoBlankCells ? "" : " (blank cells as 0)")}: of the {Count(deferred.Candidates)} placements that fit the row ({List(deferred.Candidates)}), "
                    + (outcome.Solutions == 1 ? "the one the table's 勾稽 rules allow" : $"the one all {outcome.Solutions} solutions of the table's 勾稽 rules give this row"));
                continue;
            }
            var why = outcome.Exhausted ? "the search of the table's 勾稽 rules ran past its budget"
                : outcome.Solutions == 0 ? "no combination of the table's rows satisfies its 勾稽 rules"
                : "the table's 勾稽 rules do not tell which";
            if (outcome.Cells.Count > r && outcome.Cells[r] is { } cells && cells.Any(c => c is not null))
            {
                // Some cells are the same in every solution (a 总计, or 自然人 where no other column could take its figure): those are read.
                var bindings = deferred.Row.Bindings;
                for (var k = 0; k < bindings.Length; k++)
                {
                    if (cells[k] is { } figure)
                    {
                        table.Set(bindings[k].Path, figure);
                        table.Note(bindings[k].Path, deferred.Found, deferred.Where,
                            $"{deferred.Evidence}; this cell is {figure.ToString(CultureInfo.InvariantCulture)} in every one of the {outcome.Solutions} solutions of the table's 勾稽 rules, though the row's other cells are not (of {Count(deferred.Candidates)} placements: {List(deferred.Candidates)})");
                    }
                    else table.Note(bindings[k].Path, deferred.Found, deferred.Where, deferred.LeftOut(why));
                }
                continue;
            }
            LeaveOut(table, deferred.Row, deferred.Found, deferred.Where, deferred.LeftOut(why));
        }
        table.Deferred.Clear();
    }

    public static bool IsTotal(DocGen.Core.Layout.ValueBinding binding) => binding.Path.EndsWith(".total", StringComparison.Ordinal);

    /// <summary>"2 placements: 1 10 0 0 0 0 11 | 11 0 0 0 0 0 11" (at most three named).</summary>
    public static string Candidates(IReadOnlyList<decimal[]> candidates, string noun = "placements") =>
        $"{Count(candidates)} {noun}: {List(candidates)}";

    public static string Count(IReadOnlyList<decimal[]> candidates) =>
        candidates.Count >= 4 ? "several" : candidates.Count.ToString(CultureInfo.InvariantCulture);

    public static string List(IReadOnlyList<decimal[]> candidates) => string.Join(" | ", candidates.Take(3).Select(Join));

    public static string Join(decimal[] figures) => string.Join(" ", figures.Select(f => f.ToString(CultureInfo.InvariantCulture)));

    private static void Write(TableContext table, ValueRow row, decimal[] figures)
    {
        for (var k = 0; k < row.Bindings.Length; k++) table.Set(row.Bindings[k].Path, figures[k]);
    }

    private static void LeaveOut(TableContext table, ValueRow row, string found, string where, string message)
    {
        foreach (var binding in row.Bindings) table.Note(binding.Path, found, where, message);
    }
}
