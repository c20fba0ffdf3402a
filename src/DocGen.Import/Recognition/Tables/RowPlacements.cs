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
    public const int MaxDigits = 9;

    /// <summary>The distinct value vectors found; <see cref="Exhausted"/> when the search stopped at a bound.</summary>
    public sealed record Result(IReadOnlyList<decimal[]> Candidates, bool Exhausted, int Nodes);

    /// <param name="isTotal">Per cell: whether it is a 总计 of the cells before it. A row without one has nothing to confirm a placement.</param>
    /// <param name="blanksAllowed">Whether a cell may be blank (the capture drops blank cells); otherwise every cell takes a figure.</param>
    /// <param name="allowed">Whether figure k may sit in cell c (where the capture set it says so); null: any cell in order.</param>
    public static Result OfFigures(IReadOnlyList<decimal> figures, IReadOnlyList<bool> isTotal, bool blanksAllowed = true, Func<int, int, bool>? allowed = null) =>
        Search(isTotal, blanksAllowed, figures.Count,
            (at, cell, into) =>
            {
                if (allowed is not null && !allowed(at, cell)) return 0;
                into[0] = (figures[at], at + 1);
                return 1;
            },
            (at, cellsLeft) => figures.Count - at <= cellsLeft);

    public static Result OfDigits(string digits, IReadOnlyList<bool> isTotal, bool blanksAllowed) =>
        Search(isTotal, blanksAllowed, digits.Length,
            (at, _, into) =>
            {
                var longest = digits[at] == '0' ? 1 : Math.Min(MaxDigits, digits.Length - at);
                for (var length = 1; length <= longest; length++)
                    into[length - 1] = (decimal.Parse(digits.AsSpan(at, length), NumberStyles.None, CultureInfo.InvariantCulture), at + length);
                return longest;
            },
            (at, cellsLeft) => digits.Length - at <= cellsLeft * MaxDigits && (blanksAllowed || digits.Length - at >= cellsLeft));

    /// <summary>Writes the figures that may start at <paramref name="at"/> (at most <see cref="MaxDigits"/>), each with where the next starts; returns how many.</summary>
    private delegate int Options(int at, int cell, Span<(decimal Value, int Next)> into);

    private static Result Search(IReadOnlyList<bool> isTotal, bool blanksAllowed, int end,
        Options next, Func<int, int, bool> fits)
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
                {
                    // The options on the stack, not an enumerator per step: a hostile run walks the whole step bound.
                    Span<(decimal Value, int Next)> totals = stackalloc (decimal, int)[MaxDigits];
                    var n = next(at, cell, totals);
                    for (var k = 0; k < n; k++)
                        if (totals[k].Value == groupSum) Place(totals[k].Value, totals[k].Next, cell, 0);
                }
                return;
            }
            if (blanksAllowed) Place(0, at, cell, groupSum);
            if (at < end)
            {
                Span<(decimal Value, int Next)> options = stackalloc (decimal, int)[MaxDigits];
                var n = next(at, cell, options);
                for (var k = 0; k < n; k++) Place(options[k].Value, options[k].Next, cell, groupSum + options[k].Value);
            }
        }

        void Place(decimal value, int after, int cell, decimal groupSum)
        {
            current[cell] = value;
            Walk(after, cell + 1, groupSum);
        }
    }
}
