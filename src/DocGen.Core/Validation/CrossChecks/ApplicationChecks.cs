using System.Collections.Concurrent;
using DocGen.Core.Layout;
using DocGen.Core.Model;

namespace DocGen.Core.Validation.CrossChecks;

/// <summary>Cross-check rules 1–3 of table 三 as linear checks over the figures the caller sent.</summary>
internal static class ApplicationChecks
{
    // The checks depend only on which totals were sent, and archives repeat the same few shapes.
    private static readonly ConcurrentDictionary<(IReadOnlyList<ApplicationRow> Rows, long Shape), (CheckedCell[], LinearCheck[])> Cache = new();

    /// <param name="sent">The report's table 三 as the caller sent it (to know which totals were left out).</param>
    /// <param name="completed">The same after completion (every figure present).</param>
    public static (IReadOnlyList<CheckedCell> Cells, IReadOnlyList<LinearCheck> Checks) Build(
        ApplicationStats? sent, ApplicationStats completed, IReadOnlyList<ApplicationRow> rows)
    {
        sent ??= new ApplicationStats();
        var (templates, checks) = Cache.GetOrAdd((rows, Shape(sent, rows)), key => Structure(sent, key.Rows));
        var cells = new CheckedCell[templates.Length];
        var i = 0;
        foreach (var row in rows)
        {
            var counts = row.Select(completed) ?? ApplicantCounts.Zero;
            foreach (var column in ApplicantColumns.All)
            {
                cells[i] = templates[i] with { Value = column.Read(counts) };
                i++;
            }
        }
        return (cells, checks);
    }

    /// <summary>One bit per row: its 总计 was sent; one more: the （七）总计 row was sent at all.</summary>
    private static long Shape(ApplicationStats sent, IReadOnlyList<ApplicationRow> rows)
    {
        var shape = ApplicationRows.ResultsTotal.Select(sent) is null ? 1L : 0L;
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Select(sent)?.Total is not null)
            {
                shape |= 1L << (i + 1);
            }
        }
        return shape;
    }

    private static (CheckedCell[], LinearCheck[]) Structure(ApplicationStats sent, IReadOnlyList<ApplicationRow> rows)
    {
        var columns = ApplicantColumns.All;
        var resultRows = rows.Where(r => r.Role == ApplicationRowRole.Result).ToArray();
        var resultsTotal = ApplicationRows.ResultsTotal;

        // A cell of the table as an expression over sent figures.
        Expression Cell(ApplicationRow row, ApplicantColumn column)
        {
            var counts = row.Select(sent);
            if (row == resultsTotal && counts is null)
            {
                return column.IsTotal
                    ? Expression.Sum(ApplicantColumns.Applicants.Select(c => Cell(row, c)))
                    : Expression.Sum(resultRows.Select(r => Cell(r, column)));
            }
            if (column.IsTotal && counts?.Total is null)
            {
                return Expression.Sum(ApplicantColumns.Applicants.Select(c => Cell(row, c)));
            }
            return Expression.Of(row.PathOf(column));
        }

        var cells = rows.SelectMany(row => columns.Select(column => new CheckedCell(
                row.PathOf(column), 0, (value, correct) => Pinpointed(row, column, value, correct))))
            .ToArray();

        var checks = new List<LinearCheck>();
        foreach (var row in rows)
        {
            var declared = Cell(row, ApplicantColumns.Total);
            var sum = Expression.Sum(ApplicantColumns.Applicants.Select(c => Cell(row, c)));
            checks.Add(new LinearCheck($"rule 1 {row.Field}", new Expression().Add(declared).Add(sum, -1).Reduced(),
                value => RowTotalFinding(row, declared.Evaluate(value), sum.Evaluate(value))));
        }
        foreach (var column in columns)
        {
            var intake = Cell(ApplicationRows.NewReceived, column).Add(Cell(ApplicationRows.CarriedOver, column));
            var results = Cell(resultsTotal, column);
            var carriedForward = Cell(ApplicationRows.CarriedForward, column);
            checks.Add(new LinearCheck($"rule 2 {column.Field}",
                new Expression().Add(intake).Add(results, -1).Add(carriedForward, -1).Reduced(),
                value => BalanceFinding(column, intake.Evaluate(value), results.Evaluate(value), carriedForward.Evaluate(value))));

            var sumOfResults = Expression.Sum(resultRows.Select(r => Cell(r, column)));
            checks.Add(new LinearCheck($"rule 3 {column.Field}", new Expression().Add(results).Add(sumOfResults, -1).Reduced(),
                value => ResultsTotalFinding(column, sumOfResults.Evaluate(value), results.Evaluate(value))));
        }
        return (cells, checks.ToArray());
    }

    private static string Name(ApplicationRow row, ApplicantColumn column) =>
        $"表三「{row.DisplayName}」行「{column.Header}」";

    private static Finding RowTotalFinding(ApplicationRow row, long declared, long sum) =>
        new(FindingSeverity.Error, FindingCodes.ApplicantRowTotal, row.PathOf(ApplicantColumns.Total),
            $"{Name(row, ApplicantColumns.Total)}应为 {sum}（各列之和），填报为 {declared}", sum, declared);

    private static Finding ResultsTotalFinding(ApplicantColumn column, long sum, long declared) =>
        new(FindingSeverity.Error, FindingCodes.ResultsTotal, ApplicationRows.ResultsTotal.PathOf(column),
            $"{Name(ApplicationRows.ResultsTotal, column)}应为 {sum}（（一）至（六）各项之和），填报为 {declared}", sum, declared);

    private static Finding BalanceFinding(ApplicantColumn column, long intake, long results, long carriedForward)
    {
        var row = ApplicationRows.CarriedForward;
        var expected = intake - results;
        return new(FindingSeverity.Error, FindingCodes.ApplicationBalance, row.PathOf(column),
            $"表三「{column.Header}」列不平衡：{ApplicationRows.NewReceived.Label}与{ApplicationRows.CarriedOver.Label}之和（{intake}）" +
            $"应等于{ApplicationRows.ResultsTotal.Label}（{results}）与{row.Label}（{carriedForward}）之和；" +
            $"{Name(row, column)}应为 {expected}，填报为 {carriedForward}",
            expected, carriedForward);
    }

    private static Finding Pinpointed(ApplicationRow row, ApplicantColumn column, long value, long correct)
    {
        if (row == ApplicationRows.ResultsTotal)
        {
            return ResultsTotalFinding(column, correct, value);
        }
        if (column.IsTotal)
        {
            return RowTotalFinding(row, value, correct);
        }
        return new(FindingSeverity.Error, FindingCodes.InconsistentCell, row.PathOf(column),
            $"{Name(row, column)}与本行「{ApplicantColumns.Total.Header}」及本列勾稽关系均不符，应为 {correct}，填报为 {value}",
            correct, value);
    }
}
