using DocGen.Core.Model;

namespace DocGen.Core.Layout;

/// <summary>
/// Table 二 of both editions. It is a stack of blocks, each with its own title row
/// (第二十条第（x）项) and its own column labels, so no row heads the whole table.
/// </summary>
internal static class ActiveDisclosureTables
{
    private const string Prefix2021 = "active_disclosure_2021.";
    private const string Prefix2019 = "active_disclosure_2019.";
    private const string ContentHeader = "信息内容";
    private const string DecisionsHeader = "本年处理决定数量";
    private const string PreviousYearItemsHeader = "上一年项目数量";
    private const string ChangeHeader = "本年增/减";

    // Table 二's block title rows recur mid-table, and the second row heads only the first block:
    // repeating either on a new page would mislabel the rows below, so the table has no head.
    public const int HeaderRowCount = 0;

    public static TableLayout Edition2021(string caption)
    {
        static ActiveDisclosure2021 Of(AnnualReport r) => r.ActiveDisclosure2021 ?? new();

        return new TableLayout("active-disclosure", caption, 4, HeaderRowCount,
        [
            Block("第二十条第（一）项"),
            Heads(ContentHeader, "本年制发件数", "本年废止件数", "现行有效件数"),
            DocumentRow("规章", Prefix2021 + "rules", r => Of(r).Rules),
            DocumentRow("行政规范性文件", Prefix2021 + "normative_documents", r => Of(r).NormativeDocuments),
            Block("第二十条第（五）项"),
            new([LayoutCell.Column(ContentHeader), LayoutCell.Column(DecisionsHeader, colSpan: 3)]),
            WideCountRow("行政许可", Prefix2021 + "licensing_decisions", r => Of(r).LicensingDecisions),
            Block("第二十条第（六）项"),
            new([LayoutCell.Column(ContentHeader), LayoutCell.Column(DecisionsHeader, colSpan: 3)]),
            WideCountRow("行政处罚", Prefix2021 + "penalty_decisions", r => Of(r).PenaltyDecisions),
            WideCountRow("行政强制", Prefix2021 + "enforcement_decisions", r => Of(r).EnforcementDecisions),
            Block("第二十条第（八）项"),
            new([LayoutCell.Column(ContentHeader), LayoutCell.Column("本年收费金额（单位：万元）", colSpan: 3)]),
            new([LayoutCell.Row("行政事业性收费"),
                LayoutCell.Value(AmountBinding(Prefix2021 + "fee_amount_wan_yuan", r => Of(r).FeeAmountWanYuan), colSpan: 3)]),
        ]);
    }

    public static TableLayout Edition2019(string caption)
    {
        static ActiveDisclosure2019 Of(AnnualReport r) => r.ActiveDisclosure2019 ?? new();

        return new TableLayout("active-disclosure", caption, 4, HeaderRowCount,
        [
            Block("第二十条第（一）项"),
            Heads(ContentHeader, "本年新制作数量", "本年新公开数量", "对外公开总数量"),
            DocumentRow2019("规章", Prefix2019 + "rules", r => Of(r).Rules),
            DocumentRow2019("规范性文件", Prefix2019 + "normative_documents", r => Of(r).NormativeDocuments),
            Block("第二十条第（五）项"),
            Heads(ContentHeader, PreviousYearItemsHeader, ChangeHeader, "处理决定数量"),
            ItemRow2019("行政许可", Prefix2019 + "licensing", r => Of(r).Licensing),
            ItemRow2019("其他对外管理服务事项", Prefix2019 + "other_services", r => Of(r).OtherServices),
            Block("第二十条第（六）项"),
            Heads(ContentHeader, PreviousYearItemsHeader, ChangeHeader, "处理决定数量"),
            ItemRow2019("行政处罚", Prefix2019 + "penalty", r => Of(r).Penalty),
            ItemRow2019("行政强制", Prefix2019 + "enforcement", r => Of(r).Enforcement),
            Block("第二十条第（八）项"),
            new([LayoutCell.Column(ContentHeader), LayoutCell.Column(PreviousYearItemsHeader),
                LayoutCell.Column(ChangeHeader, colSpan: 2)]),
            new([LayoutCell.Row("行政事业性收费"),
                LayoutCell.Value(CountBinding(Prefix2019 + "fees.previous_year_items", r => Of(r).Fees.PreviousYearItems)),
                LayoutCell.Value(CountBinding(Prefix2019 + "fees.change", r => Of(r).Fees.Change, ValueKind.SignedCount), colSpan: 2)]),
            Block("第二十条第（九）项"),
            new([LayoutCell.Column(ContentHeader), LayoutCell.Column("采购项目数量"), LayoutCell.Column("采购总金额", colSpan: 2)]),
            new([LayoutCell.Row("政府集中采购"),
                LayoutCell.Value(CountBinding(Prefix2019 + "procurement_projects", r => Of(r).ProcurementProjects)),
                LayoutCell.Value(AmountBinding(Prefix2019 + "procurement_amount", r => Of(r).ProcurementAmount), colSpan: 2)]),
        ]);
    }

    private static LayoutRow Block(string title) => new([LayoutCell.Group(title, 4)]);

    private static LayoutRow Heads(params string[] texts) => new(texts.Select(t => LayoutCell.Column(t)).ToArray());

    private static LayoutRow DocumentRow(string label, string path, Func<AnnualReport, DocumentCounts> of) => new(
    [
        LayoutCell.Row(label),
        LayoutCell.Value(CountBinding(path + ".issued", r => of(r).Issued)),
        LayoutCell.Value(CountBinding(path + ".repealed", r => of(r).Repealed)),
        LayoutCell.Value(CountBinding(path + ".in_force", r => of(r).InForce)),
    ]);

    private static LayoutRow DocumentRow2019(string label, string path, Func<AnnualReport, DocumentCounts2019> of) => new(
    [
        LayoutCell.Row(label),
        LayoutCell.Value(CountBinding(path + ".newly_made", r => of(r).NewlyMade)),
        LayoutCell.Value(CountBinding(path + ".newly_published", r => of(r).NewlyPublished)),
        LayoutCell.Value(CountBinding(path + ".total_published", r => of(r).TotalPublished)),
    ]);

    private static LayoutRow ItemRow2019(string label, string path, Func<AnnualReport, ItemCounts2019> of) => new(
    [
        LayoutCell.Row(label),
        LayoutCell.Value(CountBinding(path + ".previous_year_items", r => of(r).PreviousYearItems)),
        LayoutCell.Value(CountBinding(path + ".change", r => of(r).Change, ValueKind.SignedCount)),
        LayoutCell.Value(CountBinding(path + ".decisions", r => of(r).Decisions)),
    ]);

    private static LayoutRow WideCountRow(string label, string path, Func<AnnualReport, long> read) =>
        new([LayoutCell.Row(label), LayoutCell.Value(CountBinding(path, read), colSpan: 3)]);

    private static ValueBinding CountBinding(string path, Func<AnnualReport, long> read, ValueKind kind = ValueKind.Count) =>
        new(path, kind, r => CellText.Count(read(r)));

    private static ValueBinding AmountBinding(string path, Func<AnnualReport, string> read) =>
        new(path, ValueKind.Amount, r => CellText.Amount(read(r)));
}
