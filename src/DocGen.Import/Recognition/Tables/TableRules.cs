using DocGen.Core.Layout;

namespace DocGen.Import.Recognition.Tables;

/// <summary>One 勾稽 rule as Σ coefficient × figure = 0 over contract paths.</summary>
public sealed record TableRule(string Name, IReadOnlyList<(string Path, int Coefficient)> Terms);

/// <summary>
/// The cross-check rules of tables 三 and 四, built from DocGen.Core's catalog of their rows and
/// columns (the roles the validator checks by): each row's applicants sum to its 总计; per column,
/// 一 + 二 = （七）总计 + 四, and （七）总计 = the result rows; each group of 四 sums to its 总计.
/// Only the rules whose every figure the layout binds are given.
/// </summary>
public static class TableRules
{
    public static IReadOnlyList<TableRule> For(IReadOnlyCollection<string> boundPaths)
    {
        var bound = boundPaths as IReadOnlySet<string> ?? boundPaths.ToHashSet(StringComparer.Ordinal);
        var rules = new List<TableRule>();
        var applications = new[] { ApplicationRows.Edition2021, ApplicationRows.Edition2019 }
            .FirstOrDefault(rows => rows.All(r => ApplicantColumns.All.All(c => bound.Contains(r.PathOf(c)))));
        if (applications is not null) rules.AddRange(Applications(applications));
        foreach (var group in ReviewLitigationColumns.Groups)
        {
            if (!ReviewLitigationColumns.Outcomes.All(o => bound.Contains(group.PathOf(o)))) continue;
            rules.Add(new($"{group.Field} 总计", ReviewLitigationColumns.Outcomes
                .Select(o => (group.PathOf(o), o.IsTotal ? -1 : 1)).ToArray()));
        }
        return rules;
    }

    private static IEnumerable<TableRule> Applications(IReadOnlyList<ApplicationRow> rows)
    {
        foreach (var row in rows)
            yield return new($"{row.Field} 总计", ApplicantColumns.All.Select(c => (row.PathOf(c), c.IsTotal ? -1 : 1)).ToArray());
        foreach (var column in ApplicantColumns.All)
        {
            yield return new($"{column.Field} 一+二=三+四", rows
                .Where(r => r.Role != ApplicationRowRole.Result)
                .Select(r => (r.PathOf(column), r.Role == ApplicationRowRole.Intake ? 1 : -1)).ToArray());
            yield return new($"{column.Field} （七）总计", rows
                .Where(r => r.Role is ApplicationRowRole.Result or ApplicationRowRole.ResultsTotal)
                .Select(r => (r.PathOf(column), r.Role == ApplicationRowRole.Result ? 1 : -1)).ToArray());
        }
    }
}
