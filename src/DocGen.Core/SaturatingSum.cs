namespace DocGen.Core;

/// <summary>
/// Sums of reported figures that never throw and never wrap: past the range of a long they stop
/// at long.MaxValue or long.MinValue. Figures that large are reported by validation
/// (VALUE_TOO_LARGE); completion must still produce a report the renderers can print.
/// </summary>
public static class SaturatingSum
{
    public static long Add(long a, long b)
    {
        var sum = unchecked(a + b);
        // Overflow only when both operands share a sign that the result lacks.
        if (((a ^ sum) & (b ^ sum)) < 0) return a < 0 ? long.MinValue : long.MaxValue;
        return sum;
    }

    public static long Of(IEnumerable<long> values) => values.Aggregate(0L, Add);

    public static long Of(params ReadOnlySpan<long> values)
    {
        var sum = 0L;
        foreach (var value in values) sum = Add(sum, value);
        return sum;
    }
}
