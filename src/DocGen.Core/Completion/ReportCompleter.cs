using DocGen.Core.Editions;
using DocGen.Core.Layout;
using DocGen.Core.Model;

namespace DocGen.Core.Completion;

/// <summary>
/// Fills in what the caller may leave out, so that every cell of the report's tables has a
/// value: absent rows and blocks of the report's edition become zeros, and every omitted 总计
/// and （七）总计 is computed. A total the caller sent is kept as sent, even when it is wrong:
/// validation reports it, and the printed table shows what the agency declared.
/// </summary>
public static class ReportCompleter
{
    public static AnnualReport Complete(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var edition = EditionResolver.Resolve(report);
        if (!EditionResolver.HasNationalTables(edition))
        {
            return report;
        }
        return report with
        {
            ActiveDisclosure2021 = edition == Edition.Edition2021 ? report.ActiveDisclosure2021 ?? new() : report.ActiveDisclosure2021,
            ActiveDisclosure2019 = edition == Edition.Edition2019 ? report.ActiveDisclosure2019 ?? new() : report.ActiveDisclosure2019,
            Applications = CompleteApplications(report.Applications ?? new(), ApplicationRows.For(edition)),
            ReviewLitigation = CompleteReviewLitigation(report.ReviewLitigation ?? new()),
        };
    }

    /// <summary>（七）总计 per applicant column, as cross-check rule 3 defines it: the sum of the result rows.</summary>
    public static ApplicantCounts SumOfResults(ApplicationStats stats, IReadOnlyList<ApplicationRow> rows)
    {
        var results = rows.Where(r => r.Role == ApplicationRowRole.Result)
            .Select(r => r.Select(stats) ?? ApplicantCounts.Zero)
            .ToArray();
        return ApplicantColumns.Applicants.Aggregate(ApplicantCounts.Zero,
            (sum, column) => column.With(sum, SaturatingSum.Of(results.Select(column.Read))));
    }

    private static ApplicationStats CompleteApplications(ApplicationStats stats, IReadOnlyList<ApplicationRow> rows)
    {
        foreach (var row in rows.Where(r => r.Role != ApplicationRowRole.ResultsTotal))
        {
            stats = row.With(stats, WithTotal(row.Select(stats) ?? ApplicantCounts.Zero));
        }
        var resultsTotal = ApplicationRows.ResultsTotal;
        return resultsTotal.With(stats, WithTotal(resultsTotal.Select(stats) ?? SumOfResults(stats, rows)));
    }

    private static ApplicantCounts WithTotal(ApplicantCounts counts) =>
        counts.Total is null ? counts with { Total = counts.SumOfApplicants } : counts;

    private static ReviewLitigation CompleteReviewLitigation(ReviewLitigation review) =>
        ReviewLitigationColumns.Groups.Aggregate(review, (r, group) =>
        {
            var outcomes = group.Select(r) ?? new CaseOutcomes();
            return group.With(r, outcomes.Total is null ? outcomes with { Total = outcomes.SumOfOutcomes } : outcomes);
        });
}
