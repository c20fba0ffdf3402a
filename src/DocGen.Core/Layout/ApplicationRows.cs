using DocGen.Core.Model;

namespace DocGen.Core.Layout;

/// <summary>
/// The rows of table 三 in print order, per edition: the one place their labels are spelled.
/// The table layout, completion and validation all walk this catalog.
/// </summary>
public static class ApplicationRows
{
    public const string CrossCheckNote = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
    public const string ResultsBlock = "三、本年度办理结果";

    private const string WithheldGroup = "（三）不予公开";
    private const string UnavailableGroup = "（四）无法提供";
    private const string NotProcessedGroup = "（五）不予处理";
    private const string OtherHandlingGroup = "（六）其他处理";

    public static readonly ApplicationRow NewReceived = new(
        "new_received", "一、本年新收政府信息公开申请数量", null, ApplicationRowRole.Intake,
        s => s.NewReceived, (s, v) => s with { NewReceived = v });

    public static readonly ApplicationRow CarriedOver = new(
        "carried_over", "二、上年结转政府信息公开申请数量", null, ApplicationRowRole.Intake,
        s => s.CarriedOver, (s, v) => s with { CarriedOver = v });

    public static readonly ApplicationRow Disclosed = new(
        "disclosed", "（一）予以公开", null, ApplicationRowRole.Result,
        s => s.Disclosed, (s, v) => s with { Disclosed = v });

    public static readonly ApplicationRow PartiallyDisclosed = new(
        "partially_disclosed", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", null, ApplicationRowRole.Result,
        s => s.PartiallyDisclosed, (s, v) => s with { PartiallyDisclosed = v });

    private static ApplicationRow Withheld(string field, string label, Func<Withheld, ApplicantCounts?> select, Func<Withheld, ApplicantCounts, Withheld> with) =>
        new("withheld." + field, label, WithheldGroup, ApplicationRowRole.Result,
            s => s.Withheld is { } w ? select(w) : null,
            (s, v) => s with { Withheld = with(s.Withheld ?? new(), v) });

    private static ApplicationRow Unavailable(string field, string label, Func<Unavailable, ApplicantCounts?> select, Func<Unavailable, ApplicantCounts, Unavailable> with) =>
        new("unavailable." + field, label, UnavailableGroup, ApplicationRowRole.Result,
            s => s.Unavailable is { } u ? select(u) : null,
            (s, v) => s with { Unavailable = with(s.Unavailable ?? new(), v) });

    private static ApplicationRow NotProcessed(string field, string label, Func<NotProcessed, ApplicantCounts?> select, Func<NotProcessed, ApplicantCounts, NotProcessed> with) =>
        new("not_processed." + field, label, NotProcessedGroup, ApplicationRowRole.Result,
            s => s.NotProcessed is { } n ? select(n) : null,
            (s, v) => s with { NotProcessed = with(s.NotProcessed ?? new(), v) });

    private static ApplicationRow OtherHandling(string field, string label, string? group, Func<OtherHandling, ApplicantCounts?> select, Func<OtherHandling, ApplicantCounts, OtherHandling> with) =>
        new("other_handling." + field, label, group, ApplicationRowRole.Result,
            s => s.OtherHandling is { } o ? select(o) : null,
            (s, v) => s with { OtherHandling = with(s.OtherHandling ?? new(), v) });

    private static readonly ApplicationRow[] WithheldRows =
    [
        Withheld("state_secret", "1.属于国家秘密", w => w.StateSecret, (w, v) => w with { StateSecret = v }),
        Withheld("prohibited_by_law", "2.其他法律行政法规禁止公开", w => w.ProhibitedByLaw, (w, v) => w with { ProhibitedByLaw = v }),
        Withheld("safety_and_stability", "3.危及“三安全一稳定”", w => w.SafetyAndStability, (w, v) => w with { SafetyAndStability = v }),
        Withheld("third_party_rights", "4.保护第三方合法权益", w => w.ThirdPartyRights, (w, v) => w with { ThirdPartyRights = v }),
        Withheld("internal_affairs", "5.属于三类内部事务信息", w => w.InternalAffairs, (w, v) => w with { InternalAffairs = v }),
        Withheld("process_information", "6.属于四类过程性信息", w => w.ProcessInformation, (w, v) => w with { ProcessInformation = v }),
        Withheld("enforcement_files", "7.属于行政执法案卷", w => w.EnforcementFiles, (w, v) => w with { EnforcementFiles = v }),
        Withheld("query_matters", "8.属于行政查询事项", w => w.QueryMatters, (w, v) => w with { QueryMatters = v }),
    ];

    private static readonly ApplicationRow[] UnavailableRows =
    [
        Unavailable("not_held", "1.本机关不掌握相关政府信息", u => u.NotHeld, (u, v) => u with { NotHeld = v }),
        Unavailable("needs_creation", "2.没有现成信息需要另行制作", u => u.NeedsCreation, (u, v) => u with { NeedsCreation = v }),
        Unavailable("still_unclear", "3.补正后申请内容仍不明确", u => u.StillUnclear, (u, v) => u with { StillUnclear = v }),
    ];

    private static readonly ApplicationRow[] NotProcessedRows =
    [
        NotProcessed("complaints", "1.信访举报投诉类申请", n => n.Complaints, (n, v) => n with { Complaints = v }),
        NotProcessed("duplicate", "2.重复申请", n => n.Duplicate, (n, v) => n with { Duplicate = v }),
        NotProcessed("publications", "3.要求提供公开出版物", n => n.Publications, (n, v) => n with { Publications = v }),
        NotProcessed("excessive", "4.无正当理由大量反复申请", n => n.Excessive, (n, v) => n with { Excessive = v }),
        NotProcessed("confirmation", "5.要求行政机关确认或重新出具已获取信息", n => n.Confirmation, (n, v) => n with { Confirmation = v }),
    ];

    private static readonly ApplicationRow[] OtherHandlingRows2021 =
    [
        OtherHandling("overdue_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", OtherHandlingGroup,
            o => o.OverdueCorrection, (o, v) => o with { OverdueCorrection = v }),
        OtherHandling("unpaid_fees", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", OtherHandlingGroup,
            o => o.UnpaidFees, (o, v) => o with { UnpaidFees = v }),
        OtherHandling("other", "3.其他", OtherHandlingGroup, o => o.Other, (o, v) => o with { Other = v }),
    ];

    // EDITION_2019 prints （六）其他处理 as one row; the contract keeps it in other_handling.other.
    public static readonly ApplicationRow OtherHandling2019 =
        OtherHandling("other", OtherHandlingGroup, null, o => o.Other, (o, v) => o with { Other = v });

    private static readonly ApplicationRow[] OtherHandlingRows2019 = [OtherHandling2019];

    public static readonly ApplicationRow ResultsTotal = new(
        "results_total", "（七）总计", null, ApplicationRowRole.ResultsTotal,
        s => s.ResultsTotal, (s, v) => s with { ResultsTotal = v });

    public static readonly ApplicationRow CarriedForward = new(
        "carried_forward", "四、结转下年度继续办理", null, ApplicationRowRole.CarriedForward,
        s => s.CarriedForward, (s, v) => s with { CarriedForward = v });

    public static readonly IReadOnlyList<ApplicationRow> Edition2021 = Build(OtherHandlingRows2021);

    public static readonly IReadOnlyList<ApplicationRow> Edition2019 = Build(OtherHandlingRows2019);

    /// <summary>The rows of table 三 in print order for an edition with national tables.</summary>
    public static IReadOnlyList<ApplicationRow> For(Edition edition) => edition switch
    {
        Edition.Edition2021 => Edition2021,
        Edition.Edition2019 => Edition2019,
        _ => throw new ArgumentOutOfRangeException(nameof(edition), edition, "edition has no table 三"),
    };

    private static ApplicationRow[] Build(ApplicationRow[] otherHandling) =>
    [
        NewReceived, CarriedOver, Disclosed, PartiallyDisclosed,
        .. WithheldRows, .. UnavailableRows, .. NotProcessedRows, .. otherHandling,
        ResultsTotal, CarriedForward,
    ];
}
