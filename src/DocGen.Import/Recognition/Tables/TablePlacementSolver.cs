using DocGen.Core.Validation.CrossChecks;

namespace DocGen.Import.Recognition.Tables;

/// <summary>
/// Chooses among the candidate placements of a table's ambiguous rows with all of the table's 勾稽
/// rules at once: every combination of candidates that satisfies every rule whose figures are all
/// known is a solution; a row is placed only when there is at least one solution and every solution
/// gives it the same figures (with one solution, all its rows), and a cell when every solution gives it
/// the same figure (<see cref="Outcome.Cells"/>). A rule with a figure that was not
/// read is not used, and a row no usable rule involves is not placed.
/// The search keeps each row's remaining candidates and drops those a rule rules out given the
/// others' bounds (figures are non-negative, so the undecided terms of a rule span [Σ min, Σ max]),
/// then branches on the row with fewest left. Each candidate checked is a step; past
/// <paramref name="nodeBudget"/> steps the search stops and nothing is placed.
/// </summary>
public static class TablePlacementSolver
{
    public sealed record Row(IReadOnlyList<string> Paths, IReadOnlyList<decimal[]> Candidates);

    /// <param name="Placed">Per row, its figures when every solution agrees on them, else null.</param>
    /// <param name="Cells">Per row, per cell, its figure when every solution agrees on that cell (a row whose 总计 is certain though its applicants are not), else null.</param>
    /// <param name="Solutions">Solutions found (the search stops early once no cell is agreed on).</param>
    /// <param name="Nodes">Candidates checked against the rules.</param>
    public sealed record Outcome(IReadOnlyList<decimal[]?> Placed, int Solutions, bool Exhausted, int Nodes)
    {
        public IReadOnlyList<decimal?[]?> Cells { get; init; } = [];
    }

    private sealed record Rule(decimal Constant, (int Row, int Cell, int Coefficient)[] Terms);

    public static Outcome Solve(IReadOnlyDictionary<string, decimal> known, IReadOnlyList<Row> rows, IReadOnlyList<CrossCheckRule> rules, int nodeBudget)
    {
        var slot = new Dictionary<string, (int Row, int Cell)>(StringComparer.Ordinal);
        for (var r = 0; r < rows.Count; r++)
            for (var c = 0; c < rows[r].Paths.Count; c++) slot[rows[r].Paths[c]] = (r, c);
        var usable = rules
            .Where(rule => rule.Terms.Keys.All(path => known.ContainsKey(path) || slot.ContainsKey(path)))
            .Where(rule => rule.Terms.Keys.Any(slot.ContainsKey))
            .Select(rule => new Rule(
                rule.Terms.Where(t => !slot.ContainsKey(t.Key)).Sum(t => t.Value * known[t.Key]),
                rule.Terms.Where(t => slot.ContainsKey(t.Key)).Select(t => (slot[t.Key].Row, slot[t.Key].Cell, t.Value)).ToArray()))
            .ToArray();
        var rulesOf = rows.Select((_, r) => usable.Where(u => u.Terms.Any(t => t.Row == r)).ToArray()).ToArray();
        // A row no usable rule involves cannot be told apart; it is left out of the search.
        var searched = Enumerable.Range(0, rows.Count).Where(r => rulesOf[r].Length > 0).ToArray();
        decimal[]?[]? first = null;
        var agreed = rows.Select(r => new bool[r.Paths.Count]).ToArray();
        var (solutions, nodes, exhausted, done) = (0, 0, false, false);
        if (searched.Length > 0)
        {
            var domains = rows.Select(r => Enumerable.Range(0, r.Candidates.Count).ToArray()).ToArray();
            Search(domains);
        }
        var placed = new decimal[]?[rows.Count];
        var cells = new decimal?[]?[rows.Count];
        if (!exhausted && solutions > 0)
            foreach (var r in searched)
            {
                placed[r] = agreed[r].All(a => a) ? first![r] : null;
                cells[r] = agreed[r].Select((a, c) => a ? first![r]![c] : (decimal?)null).ToArray();
            }
        return new Outcome(placed, solutions, exhausted, nodes) { Cells = cells };

        void Search(int[][] domains)
        {
            if (done || !Narrow(domains)) return;
            var open = searched.Where(r => domains[r].Length > 1).OrderBy(r => domains[r].Length).FirstOrDefault(-1);
            if (open < 0)
            {
                Solution(domains);
                return;
            }
            foreach (var candidate in domains[open])
            {
                var next = (int[][])domains.Clone();
                next[open] = [candidate];
                Search(next);
                if (done) return;
            }
        }

        void Solution(int[][] domains)
        {
            solutions++;
            var values = new decimal[]?[rows.Count];
            foreach (var r in searched) values[r] = rows[r].Candidates[domains[r][0]];
            if (first is null)
            {
                first = values;
                foreach (var r in searched) Array.Fill(agreed[r], true);
                return;
            }
            foreach (var r in searched)
                for (var c = 0; c < agreed[r].Length; c++) agreed[r][c] &= first[r]![c] == values[r]![c];
            // Once no cell is agreed on, more solutions change nothing.
            if (!searched.Any(r => agreed[r].Any(a => a))) done = true;
        }

        // Drops the candidates a rule rules out given the other rows' bounds, until none changes; false when a row has none left.
        bool Narrow(int[][] domains)
        {
            var changed = true;
            while (changed)
            {
                changed = false;
                var (min, max) = Bounds(domains);
                foreach (var r in searched)
                {
                    var kept = new List<int>(domains[r].Length);
                    foreach (var candidate in domains[r])
                    {
                        if (++nodes > nodeBudget) { exhausted = done = true; return false; }
                        if (rulesOf[r].All(rule => Holds(rule, r, rows[r].Candidates[candidate], min, max))) kept.Add(candidate);
                    }
                    if (kept.Count == 0) return false;
                    if (kept.Count == domains[r].Length) continue;
                    domains[r] = kept.ToArray();
                    changed = true;
                    (min, max) = Bounds(domains);
                }
            }
            return true;
        }

        (decimal[][] Min, decimal[][] Max) Bounds(int[][] domains)
        {
            var min = new decimal[rows.Count][];
            var max = new decimal[rows.Count][];
            foreach (var r in searched)
            {
                var cells = rows[r].Paths.Count;
                (min[r], max[r]) = (new decimal[cells], new decimal[cells]);
                for (var c = 0; c < cells; c++)
                {
                    (min[r][c], max[r][c]) = (decimal.MaxValue, decimal.MinValue);
                    foreach (var candidate in domains[r])
                    {
                        var v = rows[r].Candidates[candidate][c];
                        (min[r][c], max[r][c]) = (Math.Min(min[r][c], v), Math.Max(max[r][c], v));
                    }
                }
            }
            return (min, max);
        }

        static bool Holds(Rule rule, int fixedRow, decimal[] values, decimal[][] min, decimal[][] max)
        {
            decimal low = rule.Constant, high = rule.Constant;
            foreach (var (r, c, k) in rule.Terms)
            {
                if (r == fixedRow)
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
