namespace DocGen.Core.Model;

/// <summary>One group of table 四. <see cref="Total"/> is null when left out.</summary>
public sealed record CaseOutcomes(long Upheld = 0, long Corrected = 0, long Other = 0, long Pending = 0, long? Total = null)
{
    /// <summary>The sum of the four outcomes (what 总计 must equal); saturates instead of overflowing.</summary>
    public long SumOfOutcomes => SaturatingSum.Of(Upheld, Corrected, Other, Pending);
}

/// <summary>Table 四 · 政府信息公开行政复议、行政诉讼情况.</summary>
public sealed record ReviewLitigation
{
    public CaseOutcomes? AdministrativeReview { get; init; }
    public CaseOutcomes? LitigationDirect { get; init; }
    public CaseOutcomes? LitigationAfterReview { get; init; }
}
