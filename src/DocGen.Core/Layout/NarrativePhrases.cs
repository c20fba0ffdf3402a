using DocGen.Core.Model;

namespace DocGen.Core.Layout;

/// <summary>What a narrative figure counts: a number of things (件/条/项/宗/个/起) or an amount of money (万元/元).</summary>
public enum FigureKind
{
    Count,
    AmountWanYuan,
}

/// <summary>
/// One way a report's text states a figure the national tables hold. <see cref="Cue"/> is a
/// regular expression the figure follows in the same clause ("受理政府信息公开申请" before "21件");
/// <see cref="Cells"/> is the contract path of the cell, or a pattern whose <c>*</c> stands for
/// one path segment when the text names a sum of cells (（三）不予公开 is its eight rows' 总计).
/// </summary>
/// <param name="Name">Stable identifier, for tests and docs.</param>
/// <param name="Context">A regular expression the sentence must also match (办结 only speaks of applications when 申请 is near).</param>
/// <param name="Negation">The noun a negated clause must name for the figure to be 0 ("未收到政府信息公开申请"); null when a negation says nothing certain.</param>
/// <param name="Specific">An outcome named in the clause outranks a general word: 予以公开答复 is about 予以公开, not all answers.</param>
/// <param name="SumLabel">How findings name a sum of cells (a single cell is named as every finding names it).</param>
/// <param name="HasParts">A total whose parts by applicant the table has: "其中自然人…" is compared with that column.</param>
public sealed record NarrativePhrase(
    string Name,
    string Cue,
    string Cells,
    IReadOnlyList<Edition> Editions,
    FigureKind Kind = FigureKind.Count,
    string? Context = null,
    string? Negation = null,
    bool Specific = false,
    bool HasParts = false,
    string? SumLabel = null)
{
    /// <summary>Whether the cell pattern names more than one cell (the text's figure is their sum).</summary>
    public bool IsSum => FieldPattern.IsPattern(Cells);
}

/// <summary>
/// The phrases a report's narrative uses for figures in tables 二, 三 and 四, each with its cell:
/// the one place they are spelled. Only wording that means one cell and nothing else is here;
/// 办理 (received, or answered?) and 受理…事项 (an item list, or decisions?) are left out on purpose.
/// </summary>
public static class NarrativePhrases
{
    private static readonly Edition[] Both = [Edition.Edition2019, Edition.Edition2021];
    private static readonly Edition[] Only2021 = [Edition.Edition2021];
    private static readonly Edition[] Only2019 = [Edition.Edition2019];

    // The thing applied for, as reports name it: 政府信息公开申请, 信息公开申请, 依申请公开(申请), 政府信息依申请公开.
    private const string Application = "(?:政府信息公开申请|信息公开申请|依申请公开|公开申请|申请公开(?:政府)?信息)";
    private const string ApplicationContext = "申请";
    private const string Disclosure = "(?:政府)?信息公开";

    public static readonly IReadOnlyList<NarrativePhrase> All =
    [
        // ---- table 三
        // 受理…事项 can count items, not applications received; "未发生因政府信息公开申请行政复议" negates the review, not the applications.
        new("new_received", $"(?:新收|(?:收到|接收|接到)[^，。；0-9]{{0,8}}?{Application}|受理[^，。；0-9]{{0,8}}?{Application}(?!事项))", "applications.new_received.total",
            Both, Negation: $"{Application}(?![^，。；]{{0,8}}?(?:复议|诉讼))", HasParts: true),
        new("carried_over", "上一?年度?结转(?:的)?(?:政府信息公开|信息公开)?(?:申请)?", "applications.carried_over.total",
            Both),
        new("results_total", "(?:办结|办理完毕|作出答复|予以答复|完成[^，。；0-9]{0,12}?答复|答复|回复)(?:数|数量)?", "applications.results_total.total",
            Both, Context: ApplicationContext, HasParts: true),
        new("carried_forward", "结转(?:至|到)?(?:下一?年度?|[0-9]{4}年度?)(?:继续)?(?:办理)?", "applications.carried_forward.total",
            Both, Context: ApplicationContext),
        new("disclosed", "予以公开(?:答复|的)?", "applications.disclosed.total",
            Both, Specific: true),
        new("partially_disclosed", "部分公开(?:答复|的)?", "applications.partially_disclosed.total",
            Both, Specific: true),
        new("withheld", "不予公开(?:答复|的)?", "applications.withheld.*.total",
            Both, Specific: true, SumLabel: "表三「（三）不予公开」各项「总计」之和"),
        new("unavailable", "无法提供(?:答复|的)?", "applications.unavailable.*.total",
            Both, Specific: true, SumLabel: "表三「（四）无法提供」各项「总计」之和"),
        new("not_processed", "不予处理(?:答复|的)?", "applications.not_processed.*.total",
            Both, Specific: true, SumLabel: "表三「（五）不予处理」各项「总计」之和"),
        new("other_handling", "其他处理(?:答复|的)?", "applications.other_handling.*.total",
            Both, Specific: true, SumLabel: "表三「（六）其他处理」各项「总计」之和"),

        // ---- table 四 (only where the sentence is about 信息公开: an agency also handles other reviews and suits)
        new("administrative_review", "行政复议(?:申请|案件)?", "review_litigation.administrative_review.total",
            Both, Context: Disclosure, Negation: "行政复议"),
        new("litigation", "(?:行政)?诉讼(?:案件)?", "review_litigation.litigation_*.total",
            Both, Context: Disclosure, Negation: "行政诉讼", SumLabel: "表四「行政诉讼」两组「总计」之和"),

        // ---- table 二, EDITION_2021
        new("rules_issued", "(?:制发|制定|出台|印发)(?:了)?(?:政府)?规章", "active_disclosure_2021.rules.issued",
            Only2021),
        new("rules_repealed", "废止(?:了)?(?:政府)?规章", "active_disclosure_2021.rules.repealed",
            Only2021),
        new("rules_in_force", "现行有效(?:的)?(?:政府)?规章", "active_disclosure_2021.rules.in_force",
            Only2021),
        new("normative_issued", "(?:制发|制定|出台|印发)(?:了)?(?:行政)?规范性文件", "active_disclosure_2021.normative_documents.issued",
            Only2021),
        new("normative_repealed", "废止(?:了)?(?:行政)?规范性文件", "active_disclosure_2021.normative_documents.repealed",
            Only2021),
        new("normative_in_force", "现行有效(?:的)?(?:行政)?规范性文件", "active_disclosure_2021.normative_documents.in_force",
            Only2021),
        new("licensing_decisions", "行政许可决定(?:书)?", "active_disclosure_2021.licensing_decisions",
            Only2021),
        new("penalty_decisions", "行政处罚决定(?:书)?", "active_disclosure_2021.penalty_decisions",
            Only2021),
        new("enforcement_decisions", "行政强制(?:措施)?决定(?:书)?", "active_disclosure_2021.enforcement_decisions",
            Only2021),
        new("fee_amount", "行政事业性收费(?:金额|总额)?", "active_disclosure_2021.fee_amount_wan_yuan",
            Only2021, FigureKind.AmountWanYuan),

        // ---- table 二, EDITION_2019
        new("rules_made_2019", "(?:制发|制定|制作|出台|印发)(?:了)?(?:政府)?规章", "active_disclosure_2019.rules.newly_made",
            Only2019),
        new("normative_made_2019", "(?:制发|制定|制作|出台|印发)(?:了)?(?:行政)?规范性文件", "active_disclosure_2019.normative_documents.newly_made",
            Only2019),
        new("licensing_decisions_2019", "行政许可决定(?:书)?", "active_disclosure_2019.licensing.decisions",
            Only2019),
        new("penalty_decisions_2019", "行政处罚决定(?:书)?", "active_disclosure_2019.penalty.decisions",
            Only2019),
        new("enforcement_decisions_2019", "行政强制(?:措施)?决定(?:书)?", "active_disclosure_2019.enforcement.decisions",
            Only2019),
    ];

    /// <summary>The phrases that apply to an edition's tables, in table order.</summary>
    public static IReadOnlyList<NarrativePhrase> For(Edition edition) => [.. All.Where(p => p.Editions.Contains(edition))];
}
