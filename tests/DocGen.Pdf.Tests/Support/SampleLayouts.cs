using DocGen.Core.Layout;
using DocGen.Core.Model;
using DocGen.Core.Outline;

namespace DocGen.Pdf.Tests.Support;

/// <summary>
/// The national tables and outline as the spec prints them, built here until DocGen.Core's
/// NationalLayout and ReportOutlineBuilder land on main.
/// </summary>
internal static class SampleLayouts
{
    public static readonly string[] ApplicantHeaders = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"];

    public static ReportOutline Outline(AnnualReport report)
    {
        var edition = report.Year >= 2021 ? Edition.Edition2021 : report.Year >= 2019 ? Edition.Edition2019 : Edition.Legacy2008;
        var sections = edition == Edition.Legacy2008
            ? report.Sections.Select((s, i) => new OutlineSection($"s{i + 1}", s.Heading, s.Body, null)).ToList()
            : new List<OutlineSection>
            {
                new("s1", "一、总体情况", report.Overview, null),
                new("s2", "二、主动公开政府信息情况", null, Table2(edition)),
                new("s3", "三、收到和处理政府信息公开申请情况", null, Table3(edition)),
                new("s4", "四、政府信息公开行政复议、行政诉讼情况", null, Table4()),
                new("s5", "五、存在的主要问题及改进情况", report.Problems, null),
                new("s6", "六、其他需要报告的事项", report.OtherMatters, null),
            };
        return new ReportOutline(report, edition, report.DisplayTitle, report.Preamble, sections, report.SignedBy.Length > 0 ? report.SignedBy : report.Agency, report.SignedOn);
    }

    public static IEnumerable<string> Labels(TableLayout table) =>
        table.Rows.SelectMany(r => r.Cells).Where(c => c.Binding is null).Select(c => c.Text);

    public static TableLayout Table2(Edition edition)
    {
        LayoutCell V(string path, Func<AnnualReport, object?> read, int colSpan = 1) =>
            LayoutCell.Value(new ValueBinding(path, ValueKind.Count, r => read(r)?.ToString() is { Length: > 0 } s ? s : "0"), colSpan);
        var rows = new List<LayoutRow>();
        void Add(params LayoutCell[] cells) => rows.Add(new LayoutRow(cells));
        if (edition == Edition.Edition2021)
        {
            Add(LayoutCell.Group("第二十条第（一）项", 4));
            Add(LayoutCell.Column("信息内容"), LayoutCell.Column("本年制发件数"), LayoutCell.Column("本年废止件数"), LayoutCell.Column("现行有效件数"));
            Add(LayoutCell.Row("规章"), V("r.i", r => r.ActiveDisclosure2021?.Rules.Issued), V("r.r", r => r.ActiveDisclosure2021?.Rules.Repealed), V("r.f", r => r.ActiveDisclosure2021?.Rules.InForce));
            Add(LayoutCell.Row("行政规范性文件"), V("n.i", r => r.ActiveDisclosure2021?.NormativeDocuments.Issued), V("n.r", r => r.ActiveDisclosure2021?.NormativeDocuments.Repealed), V("n.f", r => r.ActiveDisclosure2021?.NormativeDocuments.InForce));
            Add(LayoutCell.Group("第二十条第（五）项", 4));
            Add(LayoutCell.Column("信息内容"), LayoutCell.Column("本年处理决定数量", 3));
            Add(LayoutCell.Row("行政许可"), V("l", r => r.ActiveDisclosure2021?.LicensingDecisions, 3));
            Add(LayoutCell.Group("第二十条第（六）项", 4));
            Add(LayoutCell.Column("信息内容"), LayoutCell.Column("本年处理决定数量", 3));
            Add(LayoutCell.Row("行政处罚"), V("p", r => r.ActiveDisclosure2021?.PenaltyDecisions, 3));
            Add(LayoutCell.Row("行政强制"), V("e", r => r.ActiveDisclosure2021?.EnforcementDecisions, 3));
            Add(LayoutCell.Group("第二十条第（八）项", 4));
            Add(LayoutCell.Column("信息内容"), LayoutCell.Column("本年收费金额（单位：万元）", 3));
            Add(LayoutCell.Row("行政事业性收费"), V("f", r => r.ActiveDisclosure2021?.FeeAmountWanYuan, 3));
        }
        else
        {
            var a = (AnnualReport r) => r.ActiveDisclosure2019;
            Add(LayoutCell.Group("第二十条第（一）项", 4));
            Add(LayoutCell.Column("信息内容"), LayoutCell.Column("本年新制作数量"), LayoutCell.Column("本年新公开数量"), LayoutCell.Column("对外公开总数量"));
            Add(LayoutCell.Row("规章"), V("a", r => a(r)?.Rules.NewlyMade), V("b", r => a(r)?.Rules.NewlyPublished), V("c", r => a(r)?.Rules.TotalPublished));
            Add(LayoutCell.Row("规范性文件"), V("a", r => a(r)?.NormativeDocuments.NewlyMade), V("b", r => a(r)?.NormativeDocuments.NewlyPublished), V("c", r => a(r)?.NormativeDocuments.TotalPublished));
            foreach (var (item, labels) in new[] { ("（五）", new[] { "行政许可", "其他对外管理服务事项" }), ("（六）", new[] { "行政处罚", "行政强制" }) })
            {
                Add(LayoutCell.Group($"第二十条第{item}项", 4));
                Add(LayoutCell.Column("信息内容"), LayoutCell.Column("上一年项目数量"), LayoutCell.Column("本年增/减"), LayoutCell.Column("处理决定数量"));
                foreach (var label in labels)
                {
                    Func<AnnualReport, ItemCounts2019?> pick = label switch
                    {
                        "行政许可" => r => a(r)?.Licensing,
                        "其他对外管理服务事项" => r => a(r)?.OtherServices,
                        "行政处罚" => r => a(r)?.Penalty,
                        _ => r => a(r)?.Enforcement,
                    };
                    Add(LayoutCell.Row(label), V("x", r => pick(r)?.PreviousYearItems), V("y", r => pick(r)?.Change), V("z", r => pick(r)?.Decisions));
                }
            }
            Add(LayoutCell.Group("第二十条第（八）项", 4));
            Add(LayoutCell.Column("信息内容"), LayoutCell.Column("上一年项目数量"), LayoutCell.Column("本年增/减", 2));
            Add(LayoutCell.Row("行政事业性收费"), V("x", r => a(r)?.Fees.PreviousYearItems), V("y", r => a(r)?.Fees.Change, 2));
            Add(LayoutCell.Group("第二十条第（九）项", 4));
            Add(LayoutCell.Column("信息内容"), LayoutCell.Column("采购项目数量"), LayoutCell.Column("采购总金额", 2));
            Add(LayoutCell.Row("政府集中采购"), V("x", r => a(r)?.ProcurementProjects), V("y", r => a(r)?.ProcurementAmount, 2));
        }
        return new TableLayout("table2", "主动公开政府信息情况", 4, 0, rows);
    }

    public static TableLayout Table3(Edition edition)
    {
        var rows = new List<LayoutRow>
        {
            new([LayoutCell.Column("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3), LayoutCell.Column("申请人情况", 7)]),
            new([LayoutCell.Column("自然人", 1, 2), LayoutCell.Column("法人或其他组织", 5), LayoutCell.Column("总计", 1, 2)]),
            new([LayoutCell.Column("商业企业"), LayoutCell.Column("科研机构"), LayoutCell.Column("社会公益组织"), LayoutCell.Column("法律服务机构"), LayoutCell.Column("其他")]),
        };
        void Add(Func<ApplicationStats, ApplicantCounts?> pick, params LayoutCell[] labels) =>
            rows.Add(new LayoutRow([.. labels, .. Values(pick)]));

        Add(s => s.NewReceived, LayoutCell.Row("一、本年新收政府信息公开申请数量", 3));
        Add(s => s.CarriedOver, LayoutCell.Row("二、上年结转政府信息公开申请数量", 3));
        var otherRows = edition == Edition.Edition2021 ? 3 : 1;
        Add(s => s.Disclosed, LayoutCell.Row("三、本年度办理结果", 1, 19 + otherRows), LayoutCell.Row("（一）予以公开", 2));
        Add(s => s.PartiallyDisclosed, LayoutCell.Row("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 2));
        string[] withheld = ["1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"];
        Func<Withheld, ApplicantCounts?>[] w = [x => x.StateSecret, x => x.ProhibitedByLaw, x => x.SafetyAndStability, x => x.ThirdPartyRights, x => x.InternalAffairs, x => x.ProcessInformation, x => x.EnforcementFiles, x => x.QueryMatters];
        for (var i = 0; i < 8; i++)
        {
            var k = i;
            if (i == 0) Add(s => s.Withheld is { } x ? w[k](x) : null, LayoutCell.Row("（三）不予公开", 1, 8), LayoutCell.Row(withheld[i]));
            else Add(s => s.Withheld is { } x ? w[k](x) : null, LayoutCell.Row(withheld[i]));
        }
        string[] unavailable = ["1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"];
        Func<Unavailable, ApplicantCounts?>[] u = [x => x.NotHeld, x => x.NeedsCreation, x => x.StillUnclear];
        for (var i = 0; i < 3; i++)
        {
            var k = i;
            if (i == 0) Add(s => s.Unavailable is { } x ? u[k](x) : null, LayoutCell.Row("（四）无法提供", 1, 3), LayoutCell.Row(unavailable[i]));
            else Add(s => s.Unavailable is { } x ? u[k](x) : null, LayoutCell.Row(unavailable[i]));
        }
        string[] notProcessed = ["1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息"];
        Func<NotProcessed, ApplicantCounts?>[] n = [x => x.Complaints, x => x.Duplicate, x => x.Publications, x => x.Excessive, x => x.Confirmation];
        for (var i = 0; i < 5; i++)
        {
            var k = i;
            if (i == 0) Add(s => s.NotProcessed is { } x ? n[k](x) : null, LayoutCell.Row("（五）不予处理", 1, 5), LayoutCell.Row(notProcessed[i]));
            else Add(s => s.NotProcessed is { } x ? n[k](x) : null, LayoutCell.Row(notProcessed[i]));
        }
        if (edition == Edition.Edition2021)
        {
            Add(s => s.OtherHandling?.OverdueCorrection, LayoutCell.Row("（六）其他处理", 1, 3), LayoutCell.Row("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"));
            Add(s => s.OtherHandling?.UnpaidFees, LayoutCell.Row("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"));
            Add(s => s.OtherHandling?.Other, LayoutCell.Row("3.其他"));
        }
        else
        {
            Add(s => s.OtherHandling?.Other, LayoutCell.Row("（六）其他处理", 2));
        }
        Add(s => s.ResultsTotal, LayoutCell.Row("（七）总计", 2));
        Add(s => s.CarriedForward, LayoutCell.Row("四、结转下年度继续办理", 3));
        return new TableLayout("table3", "收到和处理政府信息公开申请情况", 10, 3, rows);
    }

    public static TableLayout Table4()
    {
        string[] outcomes = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
        var rows = new List<LayoutRow>
        {
            new([LayoutCell.Column("行政复议", 5), LayoutCell.Column("行政诉讼", 10)]),
            new([.. outcomes.Select(o => LayoutCell.Column(o, 1, 2)), LayoutCell.Column("未经复议直接起诉", 5), LayoutCell.Column("复议后起诉", 5)]),
            new([.. outcomes.Concat(outcomes).Select(o => LayoutCell.Column(o))]),
        };
        Func<ReviewLitigation, CaseOutcomes?>[] groups = [g => g.AdministrativeReview, g => g.LitigationDirect, g => g.LitigationAfterReview];
        var values = groups.SelectMany(g => new Func<CaseOutcomes, long?>[] { c => c.Upheld, c => c.Corrected, c => c.Other, c => c.Pending, c => c.Total ?? c.SumOfOutcomes }
            .Select(f => LayoutCell.Value(new ValueBinding("review", ValueKind.Count, r => (r.ReviewLitigation is { } rl && g(rl) is { } c ? f(c) : 0)?.ToString() ?? "0"))));
        rows.Add(new LayoutRow([.. values]));
        return new TableLayout("table4", "政府信息公开行政复议、行政诉讼情况", 15, 3, rows);
    }

    private static IEnumerable<LayoutCell> Values(Func<ApplicationStats, ApplicantCounts?> pick)
    {
        Func<ApplicantCounts, long>[] columns = [c => c.NaturalPerson, c => c.CommercialEnterprise, c => c.ResearchInstitution, c => c.PublicInterestOrg, c => c.LegalServiceOrg, c => c.OtherOrg, c => c.Total ?? c.SumOfApplicants];
        return columns.Select(f => LayoutCell.Value(new ValueBinding("applications", ValueKind.Count,
            r => (r.Applications is { } s && pick(s) is { } c ? f(c) : 0).ToString())));
    }
}
