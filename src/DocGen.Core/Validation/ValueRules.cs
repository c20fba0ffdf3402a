using System.Globalization;
using System.Text.RegularExpressions;
using DocGen.Core.Layout;
using DocGen.Core.Model;

namespace DocGen.Core.Validation;

/// <summary>
/// Cross-check rule 5, cell by cell over the edition's tables: counts ≥ 0, amounts well-formed;
/// and every figure within <see cref="ValueBounds"/>.
/// </summary>
internal static partial class ValueRules
{
    private const int QuotedAmountLength = 40;

    public static IEnumerable<Finding> Check(AnnualReport completed, Edition edition)
    {
        var names = CellNames.For(edition);
        foreach (var binding in NationalLayout.Tables(edition).SelectMany(t => t.Bindings))
        {
            var text = binding.Format(completed);
            var name = names[binding.Path];
            switch (binding.Kind)
            {
                // Counts print as plain integers (CellText.Count), so the cell text is the number.
                case ValueKind.Count or ValueKind.SignedCount when long.Parse(text, CultureInfo.InvariantCulture) is var count && ValueBounds.CountTooLarge(count):
                    yield return new Finding(FindingSeverity.Error, FindingCodes.ValueTooLarge, binding.Path,
                        $"{name}为 {count}，超出可核算的范围（绝对值不超过 {Invariant(ValueBounds.MaxCount)}）", 0, count);
                    break;
                case ValueKind.Count when long.Parse(text, CultureInfo.InvariantCulture) is var count && count < 0:
                    yield return new Finding(FindingSeverity.Error, FindingCodes.NegativeCount, binding.Path,
                        $"{name}填报为 {count}，应为不小于 0 的整数", 0, count);
                    break;
                case ValueKind.Amount when !WellFormedAmount().IsMatch(text):
                    yield return new Finding(FindingSeverity.Error, FindingCodes.InvalidAmount, binding.Path,
                        $"{name}填报为「{Quoted(text)}」，应为不小于 0、至多 6 位小数的金额（万元），如 12.35");
                    break;
                case ValueKind.Amount when !CellText.TryParseAmount(text, out var amount) || amount > ValueBounds.MaxAmount:
                    yield return new Finding(FindingSeverity.Error, FindingCodes.ValueTooLarge, binding.Path,
                        $"{name}填报为「{Quoted(text)}」（{text.Length} 位），超出可核算的范围（不超过 {Invariant(ValueBounds.MaxAmount)} 万元）");
                    break;
            }
        }
    }

    private static string Invariant(decimal bound) => bound.ToString("N0", CultureInfo.InvariantCulture);

    private static string Quoted(string text) =>
        text.Length <= QuotedAmountLength ? text : string.Concat(text.AsSpan(0, QuotedAmountLength), "…");

    // The amount as CellText.Amount normalised it: trailing zeros after the point are already gone.
    // Six decimals, as real reports print fees (0.000000 万元, i.e. to the yuan's hundredth).
    [GeneratedRegex(@"^[0-9]+(\.[0-9]{1,6})?$")]
    private static partial Regex WellFormedAmount();
}
