namespace DocGen.Layout;

/// <summary>
/// A ruled table that crosses pages: progress is the next body row. What goes on a page is
/// <see cref="TablePlanner"/>'s decision; this class measures once per width and draws.
/// </summary>
internal sealed class TableElement(TableSpec table, IReadOnlyList<GridCell> cells, double fullPageHeight) : IElement
{
    private const double RuleWidth = 0.5;
    private TableMetrics? _metrics;
    private int _next = table.HeaderRowCount;
    // The paginator measures a page and then draws it with the same space: the plan is made once.
    private (TableMetrics Metrics, int Start, double Available, TablePagePlan? Plan, string Reason)? _lastPlan;

    /// <summary>A table whose cells are placed HTML style by <see cref="TableGridPlacer"/>.</summary>
    public TableElement(TableSpec table, double fullPageHeight) : this(table, TableGridPlacer.Place(table), fullPageHeight)
    {
    }

    public TableSpec Table => table;

    public TableMetrics MetricsFor(double width)
    {
        if (_metrics is null || Math.Abs(_metrics.ColumnLefts[^1] - width) > Units.Epsilon)
            _metrics = TableMetrics.Measure(table, cells, width);
        return _metrics;
    }

    public SpacePlan Measure(Size available)
    {
        if (_next >= table.Rows.Count) return SpacePlan.Full(new Size(available.Width, 0));
        var (plan, reason) = PlanPage(MetricsFor(available.Width), available.Height);
        if (plan is null) return SpacePlan.Wrap(reason);
        var size = new Size(available.Width, plan.Height);
        return plan.EndRow >= table.Rows.Count ? SpacePlan.Full(size) : SpacePlan.Partial(size);
    }

    public void Draw(ICanvas canvas, Box area)
    {
        if (_next >= table.Rows.Count) return;
        var m = MetricsFor(area.Width);
        var (plan, _) = PlanPage(m, area.Height);
        if (plan is null) return;
        var firstPage = _next == table.HeaderRowCount;
        if (firstPage) canvas.BeginTag(StructureTag.Table);

        Box Placed(CellPlacement p) => p.Box with { X = area.X + p.Box.X, Y = area.Y + p.Box.Y };
        canvas.BeginArtifact();
        canvas.DrawRules(TableRules.Of(plan.Cells.Select(Placed)), RuleWidth);
        canvas.EndArtifact();

        // The head repeated on later pages and a label drawn again under its continued span were
        // read on the page where they began: here they are artifacts, not cells.
        foreach (var row in plan.Cells.GroupBy(p => p.Cell.Row).OrderBy(g => g.Key))
        {
            var repeated = row.Key < table.HeaderRowCount ? !firstPage : row.Key < plan.StartRow;
            if (repeated) canvas.BeginArtifact(); else canvas.BeginTag(StructureTag.TR);
            foreach (var placement in row)
            {
                if (!repeated) canvas.BeginTag(placement.Cell.Spec.Kind == CellKind.Value ? StructureTag.TD : StructureTag.TH, placement.Cell.RowSpan, placement.Cell.ColSpan);
                DrawText(canvas, m, placement.Cell, Placed(placement));
                if (!repeated) canvas.EndTag();
            }
            if (repeated) canvas.EndArtifact(); else canvas.EndTag();
        }
        _next = plan.EndRow;
        if (_next >= table.Rows.Count) canvas.EndTag();
    }

    private (TablePagePlan? Plan, string Reason) PlanPage(TableMetrics m, double available)
    {
        if (_lastPlan is { } last && ReferenceEquals(last.Metrics, m) && last.Start == _next && last.Available == available) return (last.Plan, last.Reason);
        var (plan, reason) = TablePlanner.PlanPage(m, _next, available, fullPageHeight);
        _lastPlan = (m, _next, available, plan, reason);
        return (plan, reason);
    }

    // Lines are centred vertically; a continued cell shows its label again in the part on this page.
    private static void DrawText(ICanvas canvas, TableMetrics m, GridCell cell, Box box)
    {
        var lines = m.Lines[cell];
        var pitch = m.LinePitch;
        var textHeight = lines.Count * pitch;
        var top = box.Y + Math.Max(TableMetrics.PaddingY, (box.Height - textHeight) / 2);
        var x = box.X + TableColumnSizer.PaddingX;
        var width = box.Width - 2 * TableColumnSizer.PaddingX;
        for (var k = 0; k < lines.Count; k++)
            LineSetter.Draw(canvas, cell.Spec.Atoms, lines[k], cell.Spec.Align, x, width, top + k * pitch, pitch);
    }
}
