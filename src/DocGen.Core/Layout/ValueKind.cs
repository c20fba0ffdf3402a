namespace DocGen.Core.Layout;

/// <summary>How a value cell's number is read and checked.</summary>
public enum ValueKind
{
    /// <summary>A whole number ≥ 0.</summary>
    Count,
    /// <summary>A whole number that may be negative (本年增/减 in EDITION_2019).</summary>
    SignedCount,
    /// <summary>A decimal amount ≥ 0 with at most 6 decimals (万元).</summary>
    Amount,
}
