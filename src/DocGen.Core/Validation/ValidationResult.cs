using DocGen.Core.Model;

namespace DocGen.Core.Validation;

/// <summary>What validating a report gives: the edition used, the findings, and the report with every omitted total filled in.</summary>
public sealed record ValidationResult(Edition Edition, IReadOnlyList<Finding> Findings, AnnualReport Completed)
{
    public bool HasErrors => Findings.Any(f => f.IsError);
}
