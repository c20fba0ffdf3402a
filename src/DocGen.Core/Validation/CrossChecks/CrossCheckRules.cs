using DocGen.Core.Layout;
using DocGen.Core.Model;

namespace DocGen.Core.Validation.CrossChecks;

/// <summary>One cross-check as Σ coefficient × figure = 0 over contract paths.</summary>
public sealed record CrossCheckRule(string Name, IReadOnlyDictionary<string, int> Terms);

/// <summary>
/// The validator's cross-checks of tables 三 (rules 1–3) and 四 (rule 4) for a table that prints
/// every figure, totals included: the very checks <see cref="ApplicationChecks"/> and
/// <see cref="ReviewLitigationChecks"/> build, for a reader that must hold figures to them (the
/// importer places figures only where these rules allow one way).
/// </summary>
public static class CrossCheckRules
{
    /// <summary>Rules 1–3 over <paramref name="rows"/> (an edition's rows of table 三, or a table printing a group as one row).</summary>
    public static IReadOnlyList<CrossCheckRule> Applications(IReadOnlyList<ApplicationRow> rows)
    {
        var printed = ApplicantCounts.Zero with { Total = 0 };
        var sent = rows.Aggregate(new ApplicationStats(), (stats, row) => row.With(stats, printed));
        return ApplicationChecks.Build(sent, sent, rows).Checks.Select(Rule).ToArray();
    }

    /// <summary>Rule 4: in each group of table 四, 总计 = the four outcomes.</summary>
    public static IReadOnlyList<CrossCheckRule> ReviewLitigation()
    {
        var sent = ReviewLitigationColumns.Groups.Aggregate(new Model.ReviewLitigation(), (table, group) => group.With(table, new CaseOutcomes(Total: 0)));
        return ReviewLitigationChecks.Build(sent, sent).Checks.Select(Rule).ToArray();
    }

    private static CrossCheckRule Rule(LinearCheck check) => new(check.Name, check.Terms);
}
