using System.Globalization;

namespace DocGen.Import.Recognition.Tables;

/// <summary>
/// Whether a table captured with its cells run together printed every cell, zeros included (as
/// 平潭's pages do: `行政规范性文件6233440`, `0000000`), so that each run is exactly its row's cells
/// and no cell is blank. Decided per table from what it holds, never assumed:
/// <list type="bullet">
/// <item>the table's rows have totals (a table without them has nothing to refute the premise);</item>
/// <item>every run splits into exactly its row's cells, each a figure, in a way its totals allow
/// (a run with too few digits, `2626` for seven cells, refutes it);</item>
/// <item>the table's 勾稽 rules, where their figures were read, hold for some combination of those
/// splits — or, where they hold for none (the page's own figures do not balance), the table shows
/// the next point itself;</item>
/// <item>zeros are printed: at least <see cref="MinWholeRows"/> runs have exactly as many digits as
/// their row has cells (`0000000`, `1000001`), one a cell, or an earlier table of the same capture
/// showed it (table 四 is a single run).</item>
/// </list>
/// </summary>
public static class EveryCellPrinted
{
    /// <summary>Runs of one digit a cell a table needs to show that its page prints zeros.</summary>
    public const int MinWholeRows = 3;

    /// <summary>The premise holds: <see cref="Evidence"/> says why, for the notes.</summary>
    public sealed record Premise(string Evidence, bool OwnEvidence);

    /// <param name="shownBefore">An earlier table of the same capture printed every cell (its own evidence).</param>
    public static Premise? Decide(TableContext table, bool shownBefore)
    {
        var runs = table.Runs;
        if (runs.Count == 0 || !runs.All(r => r.Row.Bindings.Any(DeferredRows.IsTotal))) return null;
        var whole = runs.Where(r => r.Digits.Length == r.Row.Bindings.Length).ToList();
        var own = whole.Count >= MinWholeRows;
        if (!own && !shownBefore) return null;
        if (runs.Any(r => r.Printed.Value.Exhausted || r.Printed.Value.Candidates.Count == 0)) return null;
        // A table whose own figures do not balance (平潭 2020 prints 总计 20 over results that sum to 26) keeps
        // the premise only on its own evidence; a table that borrows it must balance as well.
        var balances = RulesHold(table);
        if (!balances && !own) return null;
        var ways = runs.Count(r => r.Printed.Value.Candidates.Count == 1);
        var shown = own
            ? $"{Count(whole.Count)} of its {Count(runs.Count)} runs have one digit a cell, e.g. {string.Join(", ", whole.Take(3).Select(r => r.Digits))}"
            : "the capture's earlier table prints every cell";
        return new Premise($"{shown}; every run splits into exactly its row's cells as its totals allow, {Count(ways)} of them one way only, and "
            + (balances ? "the table's 勾稽 rules hold with them" : "no combination of them satisfies the table's 勾稽 rules: the printed figures do not balance"), own);
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>Some combination of the runs' splits satisfies every rule whose figures were read (vacuously, when none is).</summary>
    private static bool RulesHold(TableContext table)
    {
        var bound = ValueRow.Of(table.Layout).SelectMany(r => r.Bindings).Select(b => b.Path).ToHashSet(StringComparer.Ordinal);
        var rows = table.Runs.Select(r => new TablePlacementSolver.Row(r.Row.Bindings.Select(b => b.Path).ToArray(), r.Printed.Value.Candidates)).ToList();
        var slots = rows.SelectMany(r => r.Paths).ToHashSet(StringComparer.Ordinal);
        var rules = TableRules.For(bound)
            .Where(rule => rule.Terms.Keys.All(p => table.Known.ContainsKey(p) || slots.Contains(p)) && rule.Terms.Keys.Any(slots.Contains))
            .ToList();
        if (rules.Count == 0) return true;
        var outcome = TablePlacementSolver.Solve(table.Known, rows, rules, ImportLimits.MaxTableSolverNodes);
        return !outcome.Exhausted && outcome.Solutions > 0;
    }
}
