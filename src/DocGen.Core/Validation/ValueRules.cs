using System.Globalization;
using System.Text.RegularExpressions;
using DocGen.Core.Layout;
using DocGen.Core.Model;

namespace DocGen.Core.Validation;

/// <summary>Cross-check rule 5, cell by cell over the edition's tables: counts ≥ 0, amounts well-formed.</summary>
internal static partial class ValueRules
{
    public static IEnumerable<Finding> Check(AnnualReport completed, Edition edition)
    {
        var names = CellNames.For(edition);
        foreach (var binding in NationalLayout.Tables(edition).SelectMany(t => t.Bindings))
        {
            var text = binding.Format(completed);
            switch (binding.Kind)
            {
                // Counts print as plain integers (CellText.Count), so the cell text is the number.
                case ValueKind.Count when long.Parse(text, CultureInfo.InvariantCulture) is var count && count < 0:
                    yield return new Finding(FindingSeverity.Error, FindingCodes.NegativeCount, binding.Path,
                        $"{names[binding.Path]}填报为 {count}，应为不小于 0 的整数", 0, count);
                    break;
                case ValueKind.Amount when !WellFormedAmount().IsMatch(text):
                    yield return new Finding(FindingSeverity.Error, FindingCodes.InvalidAmount, binding.Path,
                        $"{names[binding.Path]}填报为「{text}」，应为不小于 0、至多 4 位小数的金额（万元），如 12.35");
                    break;
            }
        }
    }

    // The amount as CellText.Amount normalised it: trailing zeros after the point are already gone.
    [GeneratedRegex(@"^[0-9]+(\.[0-9]{1,4})?$")]
    private static partial Regex WellFormedAmount();
}
