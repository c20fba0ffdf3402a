namespace DocGen.Core.Validation;

/// <summary>
/// Something validation found. <see cref="Path"/> names the field with the contract's field
/// names ("applications.results_total.natural_person"); <see cref="Message"/> is Chinese, for
/// the person who typed the figures, and names table, row and column.
/// </summary>
public sealed record Finding(
    FindingSeverity Severity,
    string Code,
    string Path,
    string Message,
    long Expected = 0,
    long Actual = 0)
{
    public bool IsError => Severity == FindingSeverity.Error;
}
