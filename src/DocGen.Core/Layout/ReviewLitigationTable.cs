namespace DocGen.Core.Layout;

/// <summary>Table 四, built from <see cref="ReviewLitigationColumns"/>: three groups of outcome columns, one data row.</summary>
internal static class ReviewLitigationTable
{
    public const int HeaderRowCount = 3;

    public static TableLayout Build(string caption)
    {
        var outcomes = ReviewLitigationColumns.Outcomes;
        var review = ReviewLitigationColumns.AdministrativeReview;
        var litigation = ReviewLitigationColumns.Groups.Where(g => g != review).ToArray();

        // 行政复议 has no middle head row, so its outcome labels span two rows; the litigation groups split there.
        LayoutRow top = new(
        [
            LayoutCell.Column(review.Header, colSpan: outcomes.Count),
            LayoutCell.Column(ReviewLitigationColumns.LitigationHeader, colSpan: outcomes.Count * litigation.Length),
        ]);
        LayoutRow middle = new(
        [
            .. outcomes.Select(o => LayoutCell.Column(o.Header, rowSpan: 2)),
            .. litigation.Select(g => LayoutCell.Column(g.Header, colSpan: outcomes.Count)),
        ]);
        LayoutRow bottom = new(litigation.SelectMany(_ => outcomes.Select(o => LayoutCell.Column(o.Header))).ToArray());
        LayoutRow values = new(ReviewLitigationColumns.Groups
            .SelectMany(g => outcomes.Select(o => LayoutCell.Value(Binding(g, o))))
            .ToArray());

        return new TableLayout("review-litigation", caption, outcomes.Count * ReviewLitigationColumns.Groups.Count,
            HeaderRowCount, [top, middle, bottom, values]);
    }

    private static ValueBinding Binding(CaseGroup group, OutcomeColumn column) =>
        new(group.PathOf(column), ValueKind.Count,
            r => CellText.Count(r.ReviewLitigation is { } rl && group.Select(rl) is { } c ? column.Read(c) : 0))
        {
            ComputedWhenOmitted = column.IsTotal,
        };
}
