using System.Globalization;

namespace DocGen.Import.Recognition.Tables;

/// <summary>
/// The ways a row's figures can fill its cells when the capture drops blank cells: the figures in
/// their order, each blank cell 0, every 总计 equal to the cells before it back to the previous
/// 总计 (table 三's row; table 四's groups), a blank 总计 read as that sum. From figures already apart, or from a run of digits
/// (a one-line capture) cut into figures of up to nine digits, none with a leading zero. Placements
/// that give the same values are one candidate. Bounded by <see cref="ImportLimits.MaxPlacementNodes"/>
/// steps and <see cref="ImportLimits.MaxRowCandidates"/> candidates; past either the row is exhausted.
/// </summary>
public static class RowPlacements
{
    private const int MaxDigits = 9;

    /// <summary>The distinct value vectors found; <see cref="Exhausted"/> when the search stopped at a bound.</summary>
    public sealed record Result(IReadOnlyList<decimal[]> Candidates, bool Exhausted, int Nodes);

    /// <param name="isTotal">Per cell: whether it is a 总计 of the cells before it. A row without one has nothing to confirm a placement.</param>
    /// <param name="blanksAllowed">Whether a cell may be blank (the capture drops blank cells); otherwise every cell takes a figure.</param>
    /// <param name="allowed">Whether figure k may sit in cell c (where the capture set it says so); null: any cell in order.</param>
    public static Result OfFigures(IReadOnlyList<decimal> figures, IReadOnlyList<bool> isTotal, bool blanksAllowed = true, Func<int, int, bool>? allowed = null) =>
        Search(isTotal, blanksAllowed, figures.Count,
            (at, cell) => allowed is null || allowed(at, cell) ? [(figures[at], at + 1)] : [],
            (at, cellsLeft) => figures.Count - at <= cellsLeft);

    public static Result OfDigits(string digits, IReadOnlyList<bool> isTotal, bool blanksAllowed)
    {
        return Search(isTotal, blanksAllowed, digits.Length, (at, _) => Next(at),
            (at, cellsLeft) => digits.Length - at <= cellsLeft * MaxDigits && (blanksAllowed || digits.Length - at >= cellsLeft));

        IEnumerable<(decimal, int)> Next(int at)
        {
            var longest = digits[at] == '0' ? 1 : Math.Min(MaxDigits, digits.Length - at);
            for (var length = 1; length <= longest; length++)
                yield return (decimal.Parse(digits.AsSpan(at, length), NumberStyles.None, CultureInfo.InvariantCulture), at + length);
        }
    }

    private static Result Search(IReadOnlyList<bool> isTotal, bool blanksAllowed, int end,
        Func<int, int, IEnumerable<(decimal Value, int Next)>> next, Func<int, int, bool> fits)
    {
        var cells = isTotal.Count;
        var hasTotal = isTotal.Any(t => t);
        var current = new decimal[cells];
        var found = new List<decimal[]>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var nodes = 0;
        var stopped = false;
        Walk(0, 0, 0);
        return new Result(found, stopped, nodes);

        void Walk(int at, int cell, decimal groupSum)
        {
            if (stopped) return;
            if (++nodes > ImportLimits.MaxPlacementNodes) { stopped = true; return; }
            if (cell == cells)
            {
                if (at != end || (hasTotal && groupSum != 0)) return;
                if (seen.Add(string.Join(" ", current)))
                {
                    found.Add((decimal[])current.Clone());
                    if (found.Count > ImportLimits.MaxRowCandidates) stopped = true;
                }
                return;
            }
            if (!fits(at, cells - cell)) return;
            if (isTotal[cell])
            {
                // A 总计 is its group's sum: printed as that figure, or left blank (as some reports print
                // every 总计 but the table's last), which is read as the sum the validator computes.
                if (blanksAllowed) Place(groupSum, at, cell, 0);
                if (at < end)
                    foreach (var (value, after) in next(at, cell))
                        if (value == groupSum) Place(value, after, cell, 0);
                return;
            }
            if (blanksAllowed) Place(0, at, cell, groupSum);
            if (at < end)
                foreach (var (value, after) in next(at, cell))
                    Place(value, after, cell, groupSum + value);
        }

        void Place(decimal value, int after, int cell, decimal groupSum)
        {
            current[cell] = value;
            Walk(after, cell + 1, groupSum);
        }
    }
}
