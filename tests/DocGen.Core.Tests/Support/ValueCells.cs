using DocGen.Core.Layout;
using DocGen.Core.Model;

namespace DocGen.Core.Tests.Support;

/// <summary>
/// A cross-checked value cell of tables 三 and 四 that a test can retype. <see cref="Neighbours"/>
/// are the paths a finding may name instead of the cell: its row's (or group's) 总计, and the
/// cells the column checks report at (（七）总计, 四).
/// </summary>
internal sealed record ValueCell(string Path, IReadOnlySet<string> Neighbours, Func<AnnualReport, long, AnnualReport> Add)
{
    public override string ToString() => Path;

    /// <summary>The cross-checked cells of a report's tables 三 and 四 that the report sends.</summary>
    public static IReadOnlyList<ValueCell> Of(AnnualReport report, Edition edition)
    {
        var cells = new List<ValueCell>();
        foreach (var row in ApplicationRows.For(edition).Where(r => r.Select(report.Applications!) is not null))
        {
            foreach (var column in ApplicantColumns.All)
            {
                var neighbours = new HashSet<string>
                {
                    row.PathOf(ApplicantColumns.Total),
                    ApplicationRows.ResultsTotal.PathOf(column),
                    ApplicationRows.CarriedForward.PathOf(column),
                };
                cells.Add(new ValueCell(row.PathOf(column), neighbours, (r, delta) =>
                {
                    var counts = row.Select(r.Applications!)!;
                    return r with { Applications = row.With(r.Applications!, column.With(counts, column.Read(counts) + delta)) };
                }));
            }
        }
        foreach (var group in ReviewLitigationColumns.Groups)
        {
            foreach (var outcome in ReviewLitigationColumns.Outcomes)
            {
                cells.Add(new ValueCell(group.PathOf(outcome), new HashSet<string> { group.PathOf(ReviewLitigationColumns.Total) }, (r, delta) =>
                {
                    var counts = group.Select(r.ReviewLitigation!)!;
                    return r with { ReviewLitigation = group.With(r.ReviewLitigation!, outcome.With(counts, outcome.Read(counts) + delta)) };
                }));
            }
        }
        return cells;
    }
}
