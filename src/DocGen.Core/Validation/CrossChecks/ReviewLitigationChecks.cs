using DocGen.Core.Layout;
using DocGen.Core.Model;

namespace DocGen.Core.Validation.CrossChecks;

/// <summary>Cross-check rule 4 of table 四: in each group, 总计 = the four outcomes.</summary>
internal static class ReviewLitigationChecks
{
    public static (IReadOnlyList<CheckedCell> Cells, IReadOnlyList<LinearCheck> Checks) Build(ReviewLitigation? sent, ReviewLitigation completed)
    {
        sent ??= new ReviewLitigation();
        var outcomes = ReviewLitigationColumns.Outcomes.Where(o => !o.IsTotal).ToArray();
        var total = ReviewLitigationColumns.Total;
        var cells = new List<CheckedCell>();
        var checks = new List<LinearCheck>();
        foreach (var group in ReviewLitigationColumns.Groups)
        {
            var values = group.Select(completed) ?? new CaseOutcomes();
            // Each figure takes part in one check only, so the solver blames one only when it is known wrong
            // (negative, reported as such) or as one of a pair; otherwise it reports the group total.
            cells.AddRange(ReviewLitigationColumns.Outcomes.Select(o =>
                new CheckedCell(group.PathOf(o), o.Read(values), (value, correct) => o.IsTotal
                    ? TotalFinding(group, correct, value)
                    : OutcomeFinding(group, o, correct, value))));
            if (group.Select(sent)?.Total is null)
            {
                continue; // computed, so it holds
            }
            var sum = Expression.Sum(outcomes.Select(o => Expression.Of(group.PathOf(o))));
            var declared = Expression.Of(group.PathOf(total));
            checks.Add(new LinearCheck($"rule 4 {group.Field}", new Expression().Add(declared).Add(sum, -1).Reduced(),
                value => TotalFinding(group, sum.Evaluate(value), declared.Evaluate(value))));
        }
        return (cells, checks);
    }

    private static Finding OutcomeFinding(CaseGroup group, OutcomeColumn outcome, long correct, long value) =>
        new(FindingSeverity.Error, FindingCodes.InconsistentCell, group.PathOf(outcome),
            $"表四「{ReviewLitigationColumns.DisplayName(group)}」「{outcome.Header}」与本组「{ReviewLitigationColumns.Total.Header}」不符，应为 {correct}，填报为 {value}",
            correct, value);

    private static Finding TotalFinding(CaseGroup group, long sum, long declared) =>
        new(FindingSeverity.Error, FindingCodes.ReviewLitigationTotal, group.PathOf(ReviewLitigationColumns.Total),
            $"表四「{ReviewLitigationColumns.DisplayName(group)}」「{ReviewLitigationColumns.Total.Header}」应为 {sum}" +
            $"（{string.Join("、", ReviewLitigationColumns.Outcomes.Where(o => !o.IsTotal).Select(o => o.Header))}之和），填报为 {declared}",
            sum, declared);
}
