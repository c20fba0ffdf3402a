using DocGen.Core.Completion;
using DocGen.Core.Editions;
using DocGen.Core.Layout;
using DocGen.Core.Model;
using DocGen.Core.Validation.CrossChecks;
using DocGen.Core.Validation.Narrative;

namespace DocGen.Core.Validation;

/// <summary>
/// Checks a report against the national format (codes in <see cref="FindingCodes"/>) and
/// completes it. Pure: the same report and the same "now" give the same findings, in the same
/// order (document fields, edition blocks, narrative, values, cross-checks, narrative against tables).
/// </summary>
public static class ReportValidator
{
    // Reports are dated in China Standard Time (UTC+8, no daylight saving): "next year" turns at Beijing midnight.
    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    public static ValidationResult Validate(AnnualReport report) => Validate(report, TimeProvider.System);

    public static ValidationResult Validate(AnnualReport report, TimeProvider time, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(time);
        return Validate(report, time.GetUtcNow().ToOffset(ChinaStandardTime).Year, cancellationToken);
    }

    /// <param name="currentYear">The calendar year "now": reports may cover at most the next one.</param>
    /// <param name="cancellationToken">Checked between the rule groups (each bounded by the request limits).</param>
    public static ValidationResult Validate(AnnualReport report, int currentYear, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        var edition = EditionResolver.Resolve(report);
        var completed = ReportCompleter.Complete(report);
        var findings = new List<Finding>();
        findings.AddRange(DocumentFieldRules.Check(report, currentYear));
        findings.AddRange(EditionBlockRules.Check(report, edition));
        cancellationToken.ThrowIfCancellationRequested();
        findings.AddRange(NarrativeRules.Check(report, edition));
        cancellationToken.ThrowIfCancellationRequested();
        if (EditionResolver.HasNationalTables(edition))
        {
            findings.AddRange(TableFindings(report, completed, edition));
            findings.AddRange(NarrativeTableRules.Check(report, completed, edition, cancellationToken));
        }
        return new ValidationResult(edition, findings, completed);
    }

    private static IEnumerable<Finding> TableFindings(AnnualReport report, AnnualReport completed, Edition edition)
    {
        var values = ValueRules.Check(completed, edition).ToList();
        // Figures beyond the bounds make every sum they enter meaningless (and could overflow it).
        if (values.Any(f => f.Code == FindingCodes.ValueTooLarge)) return values;
        var (applicationCells, applicationChecks) =
            ApplicationChecks.Build(report.Applications, completed.Applications!, ApplicationRows.For(edition));
        var (reviewCells, reviewChecks) = ReviewLitigationChecks.Build(report.ReviewLitigation, completed.ReviewLitigation!);
        var negative = values.Where(f => f.Code == FindingCodes.NegativeCount).Select(f => f.Path).ToHashSet(StringComparer.Ordinal);

        var outcome = CrossCheckSolver.Solve([.. applicationCells, .. reviewCells], [.. applicationChecks, .. reviewChecks], negative);

        // A negative figure the cross-checks also blame is one mistake: report it once, with the value the checks imply.
        var merged = values.Select(f => outcome.ImpliedValues.TryGetValue(f.Path, out var correct)
            ? f with { Expected = correct, Message = $"{f.Message}；按勾稽关系应为 {correct}" }
            : f);
        return [.. merged, .. outcome.Findings];
    }
}
