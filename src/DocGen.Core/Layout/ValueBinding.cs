using DocGen.Core.Model;

namespace DocGen.Core.Layout;

/// <summary>
/// Which report field a value cell shows. <see cref="Path"/> is the contract's field path
/// (proto field names, e.g. "applications.results_total.natural_person"), the same path a
/// <see cref="Validation.Finding"/> names, so a renderer can mark the cell a finding is about.
/// </summary>
public sealed record ValueBinding(string Path, ValueKind Kind, Func<AnnualReport, string> Read)
{
    /// <summary>The cell text for a completed report: "0" when the field was not sent.</summary>
    public string Format(AnnualReport report) => Read(report);

    /// <summary>A 总计 that completion computes when the caller leaves it out (an editor may leave it empty).</summary>
    public bool ComputedWhenOmitted { get; init; }
}
