using DocGen.Core.Layout;
using DocGen.Core.Validation.CrossChecks;

namespace DocGen.Import.Recognition.Tables;

/// <summary>
/// The cross-check rules of tables 三 and 四 as the validator checks them (DocGen.Core's
/// <see cref="CrossCheckRules"/>, defined once there): each row's applicants sum to its 总计; per
/// column, 一 + 二 = （七）总计 + 四, and （七）总计 = the result rows; each group of 四 sums to its
/// 总计. Only the rules whose every figure the layout binds are given.
/// </summary>
public static class TableRules
{
    public static IReadOnlyList<CrossCheckRule> For(IReadOnlyCollection<string> boundPaths)
    {
        var bound = boundPaths as IReadOnlySet<string> ?? boundPaths.ToHashSet(StringComparer.Ordinal);
        var rules = new List<CrossCheckRule>();
        var applications = new[] { ApplicationRows.Edition2021, ApplicationRows.Edition2019 }
            .FirstOrDefault(rows => rows.All(r => ApplicantColumns.All.All(c => bound.Contains(r.PathOf(c)))));
        if (applications is not null) rules.AddRange(CrossCheckRules.Applications(applications));
        rules.AddRange(CrossCheckRules.ReviewLitigation());
        return [.. rules.Where(rule => rule.Terms.Keys.All(bound.Contains))];
    }
}
