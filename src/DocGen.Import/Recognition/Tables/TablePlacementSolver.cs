namespace DocGen.Import.Recognition.Tables;

/// <summary>
/// Chooses among the candidate placements of a table's ambiguous rows with all of the table's 勾稽
/// rules at once: every combination of candidates that satisfies every rule whose figures are all
/// known is a solution; a row is placed only when there is at least one solution and every solution
/// gives it the same figures (with one solution, all its rows). A rule with a figure that was not
/// read is not used. Depth-first over the rows (fewest candidates first), pruned by each rule's
/// bounds (figures are non-negative, so the undecided terms span [Σ min, Σ max]), and stopped after
/// <paramref name="nodeBudget"/> steps: then nothing is placed.
/// </summary>
public static class TablePlacementSolver
{
    public sealed record Row(IReadOnlyList<string> Paths, IReadOnlyList<decimal[]> Candidates);

    /// <param name="Placed">Per row, its figures when every solution agrees on them, else null.</param>
    /// <param name="Solutions">Solutions found (the search stops early once no row is agreed on).</param>
    public sealed record Outcome(IReadOnlyList<decimal[]?> Placed, int Solutions, bool Exhausted, int Nodes);

    public static Outcome Solve(IReadOnlyDictionary<string, decimal> known, IReadOnlyList<Row> rows, IReadOnlyList<TableRule> rules, int nodeBudget)
    {
        var slot = new Dictionary<string, (int Row, int Cell)>(StringComparer.Ordinal);
        for (var r = 0; r < rows.Count; r++)
            for (var c = 0; c < rows[r].Paths.Count; c++) slot[rows[r].Paths[c]] = (r, c);
        // Each usable rule: its constant part (known figures) and its terms over the rows' cells.
        var usable = rules
            .Where(rule => rule.Terms.All(t => known.ContainsKey(t.Path) || slot.ContainsKey(t.Path)))
            .Where(rule => rule.Terms.Any(t => slot.ContainsKey(t.Path)))
            .Select(rule => (
                Constant: rule.Terms.Where(t => !slot.ContainsKey(t.Path)).Sum(t => t.Coefficient * known[t.Path]),
                Terms: rule.Terms.Where(t => slot.ContainsKey(t.Path)).Select(t => (slot[t.Path].Row, slot[t.Path].Cell, t.Coefficient)).ToArray()))
            .ToArray();
        var min = rows.Select(r => Enumerable.Range(0, r.Paths.Count).Select(c => r.Candidates.Min(v => v[c])).ToArray()).ToArray();
        var max = rows.Select(r => Enumerable.Range(0, r.Paths.Count).Select(c => r.Candidates.Max(v => v[c])).ToArray()).ToArray();
        var rulesOf = rows.Select((_, r) => usable.Where(u => u.Terms.Any(t => t.Row == r)).ToArray()).ToArray();
        // A row no usable rule involves cannot be told apart; it is left out of the search.
        var order = Enumerable.Range(0, rows.Count).Where(r => rulesOf[r].Length > 0).OrderBy(r => rows[r].Candidates.Count).ToArray();
        var chosen = new decimal[]?[rows.Count];
        decimal[]?[]? first = null;
        var agreed = new bool[rows.Count];
        var solutions = 0;
        var nodes = 0;
        var exhausted = false;
        var done = false;
        if (order.Length > 0 && order.All(r => rows[r].Candidates.Count > 0)) Walk(0);
        var placed = new decimal[]?[rows.Count];
        if (!exhausted && solutions > 0)
            foreach (var r in order) placed[r] = agreed[r] ? first![r] : null;
        return new Outcome(placed, solutions, exhausted, nodes);

        void Walk(int depth)
        {
            if (done) return;
            if (depth == order.Length)
            {
                solutions++;
                if (first is null)
                {
                    first = (decimal[]?[])chosen.Clone();
                    foreach (var r in order) agreed[r] = true;
                }
                else
                {
                    foreach (var r in order) agreed[r] &= first[r]!.AsSpan().SequenceEqual(chosen[r]);
                    // Once no row is agreed on, more solutions change nothing.
                    if (!agreed.Contains(true)) done = true;
                }
                return;
            }
            var row = order[depth];
            foreach (var candidate in rows[row].Candidates)
            {
                if (++nodes > nodeBudget) { exhausted = done = true; return; }
                chosen[row] = candidate;
                if (rulesOf[row].All(Holds)) Walk(depth + 1);
                if (done) break;
            }
            chosen[row] = null;
        }

        bool Holds((decimal Constant, (int Row, int Cell, int Coefficient)[] Terms) rule)
        {
            decimal low = rule.Constant, high = rule.Constant;
            foreach (var (r, c, k) in rule.Terms)
            {
                if (chosen[r] is { } values)
                {
                    low += k * values[c];
                    high += k * values[c];
                }
                else
                {
                    low += k > 0 ? k * min[r][c] : k * max[r][c];
                    high += k > 0 ? k * max[r][c] : k * min[r][c];
                }
            }
            return low <= 0 && 0 <= high;
        }
    }
}
