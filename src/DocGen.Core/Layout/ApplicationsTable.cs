using DocGen.Core.Model;

namespace DocGen.Core.Layout;

/// <summary>Table 三, built from the row catalog <see cref="ApplicationRows"/> and the column catalog <see cref="ApplicantColumns"/>.</summary>
internal static class ApplicationsTable
{
    public const int HeaderRowCount = 3;
    private const int LabelColumns = 3;

    public static TableLayout Build(Edition edition, string caption)
    {
        var rows = ApplicationRows.For(edition);
        return new TableLayout("applications", caption, LabelColumns + ApplicantColumns.All.Count, HeaderRowCount,
            [.. Head(), .. Body(rows)]);
    }

    private static IEnumerable<LayoutRow> Head()
    {
        yield return new(
        [
            LayoutCell.Column(ApplicationRows.CrossCheckNote, colSpan: LabelColumns, rowSpan: HeaderRowCount),
            LayoutCell.Column(ApplicantColumns.ApplicantsHeader, colSpan: ApplicantColumns.All.Count),
        ]);

        // Columns outside 法人或其他组织 span both lower head rows; the organisations (contiguous) share one label above theirs.
        var organisations = ApplicantColumns.All.Count(c => c.IsOrganisation);
        var upper = new List<LayoutCell>();
        ApplicantColumn? previous = null;
        foreach (var column in ApplicantColumns.All)
        {
            if (!column.IsOrganisation)
            {
                upper.Add(LayoutCell.Column(column.Header, rowSpan: 2));
            }
            else if (previous is not { IsOrganisation: true })
            {
                upper.Add(LayoutCell.Column(ApplicantColumns.OrganisationsHeader, colSpan: organisations));
            }
            previous = column;
        }
        yield return new(upper);
        yield return new(ApplicantColumns.All.Where(c => c.IsOrganisation).Select(c => LayoutCell.Column(c.Header)).ToArray());
    }

    private static IEnumerable<LayoutRow> Body(IReadOnlyList<ApplicationRow> rows)
    {
        var resultRowCount = rows.Count(r => r.Role is ApplicationRowRole.Result or ApplicationRowRole.ResultsTotal);
        var resultsBlockOpened = false;
        string? openGroup = null;
        foreach (var row in rows)
        {
            var labels = new List<LayoutCell>();
            if (row.Role is ApplicationRowRole.Intake or ApplicationRowRole.CarriedForward)
            {
                labels.Add(LayoutCell.Row(row.Label, colSpan: LabelColumns));
            }
            else
            {
                if (!resultsBlockOpened)
                {
                    labels.Add(LayoutCell.Row(ApplicationRows.ResultsBlock, rowSpan: resultRowCount));
                    resultsBlockOpened = true;
                }
                if (row.Group is null)
                {
                    labels.Add(LayoutCell.Row(row.Label, colSpan: LabelColumns - 1));
                }
                else
                {
                    if (row.Group != openGroup)
                    {
                        labels.Add(LayoutCell.Row(row.Group, rowSpan: rows.Count(r => r.Group == row.Group)));
                    }
                    labels.Add(LayoutCell.Row(row.Label));
                }
            }
            openGroup = row.Group;
            yield return new([.. labels, .. ApplicantColumns.All.Select(c => LayoutCell.Value(Binding(row, c)))]);
        }
    }

    private static ValueBinding Binding(ApplicationRow row, ApplicantColumn column) =>
        new(row.PathOf(column), ValueKind.Count,
            r => CellText.Count(r.Applications is { } s && row.Select(s) is { } counts ? column.Read(counts) : 0))
        {
            // ReportCompleter fills an omitted 总计, and the whole （七）总计 row when it is omitted.
            ComputedWhenOmitted = column.IsTotal || row.Role == ApplicationRowRole.ResultsTotal,
        };
}
