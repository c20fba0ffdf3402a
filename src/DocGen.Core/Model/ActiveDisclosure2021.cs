namespace DocGen.Core.Model;

/// <summary>EDITION_2021 第二十条第（一）项 counts.</summary>
public sealed record DocumentCounts(long Issued = 0, long Repealed = 0, long InForce = 0);

/// <summary>Table 二 of EDITION_2021.</summary>
public sealed record ActiveDisclosure2021
{
    public DocumentCounts Rules { get; init; } = new();
    public DocumentCounts NormativeDocuments { get; init; } = new();
    public long LicensingDecisions { get; init; }
    public long PenaltyDecisions { get; init; }
    public long EnforcementDecisions { get; init; }
    /// <summary>行政事业性收费 in 万元, decimal text as sent ("" means not given).</summary>
    public string FeeAmountWanYuan { get; init; } = "";
}
