using System.Globalization;
using DocGen.Core.Layout;
using DocGen.Core.Model;
using DocGen.Core.Tests.Support;
using DocGen.Core.Validation;
using DocGen.Core.Validation.CrossChecks;

namespace DocGen.Core.Tests.Validation;

/// <summary>
/// The cross-checks of tables 三 and 四 as public rules (what the importer places figures by): the
/// validator's own checks, so a valid report satisfies every one and a mistyped figure breaks exactly
/// the rules the validator blames it by.
/// </summary>
public class CrossCheckRulesTests
{
    private static readonly AnnualReport Valid = ValidReports.Full(Edition.Edition2021, 3, 0, 7, 1, 12, 0, 2, 5);

    private static IReadOnlyList<CrossCheckRule> Rules() =>
        [.. CrossCheckRules.Applications(ApplicationRows.Edition2021), .. CrossCheckRules.ReviewLitigation()];

    private static string[] Broken(AnnualReport report)
    {
        var figures = NationalLayout.Tables(Edition.Edition2021).SelectMany(t => t.Bindings)
            .Where(b => b.Path.StartsWith("applications.", StringComparison.Ordinal) || b.Path.StartsWith("review_litigation.", StringComparison.Ordinal))
            .ToDictionary(b => b.Path, b => long.Parse(b.Format(report), CultureInfo.InvariantCulture), StringComparer.Ordinal);
        return Rules().Where(rule => rule.Terms.Sum(t => t.Value * figures[t.Key]) != 0).Select(rule => rule.Name).Order(StringComparer.Ordinal).ToArray();
    }

    [Fact]
    public void Rules_OfTheFullTables_AreEveryRowTotalColumnBalanceResultsTotalAndGroupTotal()
    {
        // 25 row totals, two rules per column (7 columns), one total per group of table 四.
        Assert.Equal(25 + 2 * 7 + 3, Rules().Count);
        Assert.Empty(Broken(Valid));
    }

    [Fact]
    public void Rules_MistypedFigure_BreaksItsRowTotalAndItsColumnsResultsTotal_AsTheValidatorFinds()
    {
        var mistyped = ValueCell.Of(Valid, Edition.Edition2021).Single(c => c.Path == "applications.disclosed.natural_person").Add(Valid, 1);

        Assert.Equal(["rule 1 disclosed", "rule 3 natural_person"], Broken(mistyped));
        Assert.Contains(ReportValidator.Validate(mistyped, 2026).Findings, f => f.IsError && f.Path == "applications.disclosed.natural_person");
    }
}
