namespace DocGen.Core.Validation;

/// <summary>
/// The largest figures validation accepts (VALUE_TOO_LARGE beyond them). Far above any real
/// report, and small enough that a table's sums and cross-check residuals cannot overflow a long.
/// </summary>
public static class ValueBounds
{
    /// <summary>10^12: a count (or 本年增/减) beyond ± this is refused.</summary>
    public const long MaxCount = 1_000_000_000_000;

    /// <summary>10^12 万元.</summary>
    public const decimal MaxAmount = 1_000_000_000_000m;

    public static bool CountTooLarge(long count) => count is > MaxCount or < -MaxCount;
}
