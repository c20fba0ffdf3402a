namespace DocGen.Core.Model;

/// <summary>EDITION_2019 第二十条第（一）项 counts.</summary>
public sealed record DocumentCounts2019(long NewlyMade = 0, long NewlyPublished = 0, long TotalPublished = 0);

/// <summary>An EDITION_2019 item row: 上一年项目数量, 本年增/减 (may be negative), 处理决定数量.</summary>
public sealed record ItemCounts2019(long PreviousYearItems = 0, long Change = 0, long Decisions = 0);

/// <summary>Table 二 of EDITION_2019.</summary>
public sealed record ActiveDisclosure2019
{
    public DocumentCounts2019 Rules { get; init; } = new();
    public DocumentCounts2019 NormativeDocuments { get; init; } = new();
    public ItemCounts2019 Licensing { get; init; } = new();
    public ItemCounts2019 OtherServices { get; init; } = new();
    public ItemCounts2019 Penalty { get; init; } = new();
    public ItemCounts2019 Enforcement { get; init; } = new();
    public ItemCounts2019 Fees { get; init; } = new();
    public long ProcurementProjects { get; init; }
    /// <summary>采购总金额, decimal text as sent ("" means not given).</summary>
    public string ProcurementAmount { get; init; } = "";
}
