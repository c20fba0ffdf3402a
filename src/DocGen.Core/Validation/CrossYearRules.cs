using DocGen.Core.Completion;
using DocGen.Core.Layout;
using DocGen.Core.Model;

namespace DocGen.Core.Validation;

/// <summary>
/// Consecutive years of one agency: year Y's 二、上年结转 is year Y−1's 四、结转下年度继续办理,
/// column by column. Reports of other agencies or other years are not compared.
/// </summary>
public static class CrossYearRules
{
    public static IReadOnlyList<Finding> Check(AnnualReport report, AnnualReport previous)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(previous);
        if (!Follows(report, previous)) return [];
        var carriedOver = ReportCompleter.Complete(report).Applications?.CarriedOver ?? ApplicantCounts.Zero;
        var carriedForward = ReportCompleter.Complete(previous).Applications?.CarriedForward ?? ApplicantCounts.Zero;
        var findings = new List<Finding>();
        foreach (var column in ApplicantColumns.All)
        {
            long expected = column.Read(carriedForward), actual = column.Read(carriedOver);
            if (expected == actual) continue;
            findings.Add(new Finding(FindingSeverity.Error, FindingCodes.CarriedOverMismatch,
                ApplicationRows.CarriedOver.PathOf(column),
                $"表三「{ApplicationRows.CarriedOver.Label}」「{column.Header}」应等于{previous.Agency}{previous.Year}年报告的「{ApplicationRows.CarriedForward.Label}」{expected}，{report.Agency}{report.Year}年报告填报为 {actual}",
                expected, actual));
        }
        return findings;
    }

    /// <summary>Whether <paramref name="previous"/> is the same agency's report for the year before.</summary>
    public static bool Follows(AnnualReport report, AnnualReport previous) =>
        previous.Year == report.Year - 1 && previous.Agency.Trim().Length > 0
        && string.Equals(previous.Agency.Trim(), report.Agency.Trim(), StringComparison.Ordinal);
}
