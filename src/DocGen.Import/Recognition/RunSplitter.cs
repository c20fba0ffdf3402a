using DocGen.Core.Layout;
using DocGen.Import.Reading;

namespace DocGen.Import.Recognition;

/// <summary>
/// Splits a run of digits that holds a row's figures ("5000005") into one number per cell, keeping
/// only splits that <see cref="RowTotals"/> confirm. A number has no leading zero unless it is 0.
/// The search is bounded (<see cref="MaxSteps"/>) so a hostile run cannot make it slow.
/// </summary>
public static class RunSplitter
{
    public const int MaxSteps = 200_000;
    private const int MaxDigits = 9;
    private const int MaxCandidates = 4;

    /// <summary>The splits found (at most a few); <paramref name="exhausted"/> when the search ran out of steps.</summary>
    public static List<long[]> Split(string digits, IReadOnlyList<ValueBinding> bindings, ImportBudget budget, out bool exhausted)
    {
        var found = new List<long[]>();
        var current = new long[bindings.Count];
        var steps = 0;
        exhausted = false;
        var stop = false;
        var hasTotal = bindings.Any(b => b.Path.EndsWith(".total", StringComparison.Ordinal));
        Walk(0, 0, 0);
        exhausted = stop && found.Count < MaxCandidates;
        return found;

        void Walk(int at, int cell, long groupSum)
        {
            if (stop) return;
            if (++steps > MaxSteps) { stop = true; return; }
            if ((steps & 4095) == 0) budget.Check();
            var left = bindings.Count - cell;
            if (left == 0)
            {
                if (at == digits.Length && (groupSum == 0 || !hasTotal))
                {
                    found.Add((long[])current.Clone());
                    if (found.Count >= MaxCandidates) stop = true;
                }
                return;
            }
            // Each remaining cell takes at least one digit, at most MaxDigits.
            var remaining = digits.Length - at;
            if (remaining < left || remaining > left * MaxDigits) return;
            var isTotal = bindings[cell].Path.EndsWith(".total", StringComparison.Ordinal);
            var longest = digits[at] == '0' ? 1 : Math.Min(MaxDigits, remaining - (left - 1));
            for (var length = 1; length <= longest; length++)
            {
                var value = long.Parse(digits.AsSpan(at, length), provider: System.Globalization.CultureInfo.InvariantCulture);
                if (isTotal)
                {
                    if (value != groupSum) continue;
                    current[cell] = value;
                    Walk(at + length, cell + 1, 0);
                }
                else
                {
                    current[cell] = value;
                    Walk(at + length, cell + 1, groupSum + value);
                }
            }
        }
    }
}
