using DocGen.Core.Layout;
using DocGen.Core.Model;

namespace DocGen.Core.Tests.Support;

/// <summary>
/// Builds reports whose tables satisfy every cross-check, from a stream of small figures: the
/// result rows and 四 are free, （七）总计 is their column sum, and 一 + 二 is split to balance.
/// </summary>
internal static class ValidReports
{
    /// <param name="figures">Non-negative figures, consumed in order (cycled).</param>
    /// <param name="sendTotal">Consulted once per row and group: whether the caller sends its 总计.</param>
    /// <param name="sendResultsTotal">Whether the （七）总计 row is sent at all.</param>
    public static AnnualReport Build(Edition edition, IReadOnlyList<int> figures, Func<bool> sendTotal, bool sendResultsTotal = true)
    {
        var next = 0;
        long Next() => figures.Count == 0 ? 0 : figures[next++ % figures.Count];
        ApplicantCounts Row(Func<ApplicantColumn, long> value) =>
            Total(ApplicantColumns.Applicants.Aggregate(ApplicantCounts.Zero, (c, column) => column.With(c, value(column))), sendTotal());
        ApplicantCounts Total(ApplicantCounts counts, bool send) => send ? counts with { Total = counts.SumOfApplicants } : counts;

        var rows = ApplicationRows.For(edition);
        var stats = new ApplicationStats();
        foreach (var row in rows.Where(r => r.Role == ApplicationRowRole.Result))
        {
            stats = row.With(stats, Row(_ => Next()));
        }
        var results = Row(column => rows.Where(r => r.Role == ApplicationRowRole.Result).Sum(r => column.Read(r.Select(stats)!)));
        var carriedForward = Row(_ => Next());
        var newReceived = Row(column => Math.Min(Next(), column.Read(results) + column.Read(carriedForward)));
        var carriedOver = Row(column => column.Read(results) + column.Read(carriedForward) - column.Read(newReceived));
        stats = stats with
        {
            NewReceived = newReceived,
            CarriedOver = carriedOver,
            ResultsTotal = sendResultsTotal ? results : null,
            CarriedForward = carriedForward,
        };

        var review = ReviewLitigationColumns.Groups.Aggregate(new ReviewLitigation(), (r, group) =>
        {
            var outcomes = new CaseOutcomes(Next(), Next(), Next(), Next());
            return group.With(r, sendTotal() ? outcomes with { Total = outcomes.SumOfOutcomes } : outcomes);
        });

        return new AnnualReport
        {
            Agency = "示例县商务局",
            Year = edition == Edition.Edition2019 ? 2020 : 2023,
            Overview = new RichText("全年主动公开政府信息若干条。"),
            ActiveDisclosure2021 = edition == Edition.Edition2021 ? new ActiveDisclosure2021 { FeeAmountWanYuan = "0" } : null,
            ActiveDisclosure2019 = edition == Edition.Edition2019 ? new ActiveDisclosure2019 { ProcurementAmount = "0" } : null,
            Applications = stats,
            ReviewLitigation = review,
            Problems = new RichText("无。"),
            OtherMatters = new RichText("本年度未收取信息处理费。"),
            SignedOn = "2024-01-20",
        };
    }

    /// <summary>A valid report with every figure and every total sent.</summary>
    public static AnnualReport Full(Edition edition, params int[] figures) => Build(edition, figures.Length == 0 ? [3, 0, 7, 1, 12, 0, 2] : figures, () => true);
}
