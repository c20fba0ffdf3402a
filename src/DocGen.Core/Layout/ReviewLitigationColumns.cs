using DocGen.Core.Model;

namespace DocGen.Core.Layout;

/// <summary>An outcome column of a table 四 group (结果维持 … 总计).</summary>
public sealed record OutcomeColumn(
    string Header,
    string Field,
    Func<CaseOutcomes, long> Read,
    Func<CaseOutcomes, long, CaseOutcomes> With)
{
    public bool IsTotal { get; init; }
}

/// <summary>A group of table 四 (行政复议, or one of the two 行政诉讼 groups).</summary>
public sealed record CaseGroup(
    string Header,
    string Field,
    Func<ReviewLitigation, CaseOutcomes?> Select,
    Func<ReviewLitigation, CaseOutcomes, ReviewLitigation> With)
{
    /// <summary>The contract path, e.g. "review_litigation.administrative_review".</summary>
    public string Path => "review_litigation." + Field;

    public string PathOf(OutcomeColumn column) => $"{Path}.{column.Field}";
}

/// <summary>The groups and outcome columns of table 四: the one place their labels are spelled.</summary>
public static class ReviewLitigationColumns
{
    public const string LitigationHeader = "行政诉讼";

    public static readonly OutcomeColumn Upheld = new("结果维持", "upheld", c => c.Upheld, (c, v) => c with { Upheld = v });
    public static readonly OutcomeColumn Corrected = new("结果纠正", "corrected", c => c.Corrected, (c, v) => c with { Corrected = v });
    public static readonly OutcomeColumn Other = new("其他结果", "other", c => c.Other, (c, v) => c with { Other = v });
    public static readonly OutcomeColumn Pending = new("尚未审结", "pending", c => c.Pending, (c, v) => c with { Pending = v });
    public static readonly OutcomeColumn Total =
        new("总计", "total", c => c.Total ?? c.SumOfOutcomes, (c, v) => c with { Total = v }) { IsTotal = true };

    public static readonly IReadOnlyList<OutcomeColumn> Outcomes = [Upheld, Corrected, Other, Pending, Total];

    public static readonly CaseGroup AdministrativeReview = new("行政复议", "administrative_review",
        r => r.AdministrativeReview, (r, v) => r with { AdministrativeReview = v });

    public static readonly CaseGroup LitigationDirect = new("未经复议直接起诉", "litigation_direct",
        r => r.LitigationDirect, (r, v) => r with { LitigationDirect = v });

    public static readonly CaseGroup LitigationAfterReview = new("复议后起诉", "litigation_after_review",
        r => r.LitigationAfterReview, (r, v) => r with { LitigationAfterReview = v });

    /// <summary>Left to right as printed.</summary>
    public static readonly IReadOnlyList<CaseGroup> Groups = [AdministrativeReview, LitigationDirect, LitigationAfterReview];

    /// <summary>How a reader names a group: the two litigation groups sit under 行政诉讼.</summary>
    public static string DisplayName(CaseGroup group) =>
        group == AdministrativeReview ? group.Header : $"{LitigationHeader}（{group.Header}）";
}
