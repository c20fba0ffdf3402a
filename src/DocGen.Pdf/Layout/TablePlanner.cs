namespace DocGen.Pdf.Layout;

/// <summary>A cell as drawn on one page; <see cref="Continued"/> when it began on an earlier page.</summary>
internal readonly record struct CellPlacement(GridCell Cell, Box Box, bool Continued);

/// <summary>What one page of a table holds: body rows [StartRow, EndRow) under the header rows.</summary>
internal sealed record TablePagePlan(int StartRow, int EndRow, double Height, IReadOnlyList<CellPlacement> Cells);

/// <summary>
/// Decides what part of a table goes on a page; Measure and Draw both ask it. Rules:
/// <list type="bullet">
/// <item>header rows come first on every page (they are never progress);</item>
/// <item>rows are never split;</item>
/// <item>a rowspan group (rows tied together by a spanning cell) that does not fit in what is
/// left of this page but would fit on a fresh page moves to the next page whole;</item>
/// <item>a group too tall for any page is cut between rows, and each spanning cell cut this way
/// is drawn again, with its label, on the next page.</item>
/// </list>
/// </summary>
internal static class TablePlanner
{
    public static (TablePagePlan? Plan, string Reason) PlanPage(TableMetrics m, int startRow, double available, double fullPageHeight)
    {
        var rows = m.RowHeights.Length;
        var atPageTop = available + Units.Epsilon >= fullPageHeight;
        var height = m.HeaderHeight;
        var r = startRow;
        while (r < rows)
        {
            var groupEnd = m.GroupEnd(r);
            var groupHeight = m.Height(r, groupEnd);
            if (height + groupHeight <= available + Units.Epsilon)
            {
                height += groupHeight;
                r = groupEnd;
                continue;
            }

            var fitsFreshPage = m.HeaderHeight + groupHeight <= fullPageHeight + Units.Epsilon;
            if (fitsFreshPage && !atPageTop) break;
            while (r < groupEnd && height + m.RowHeights[r] <= available + Units.Epsilon)
            {
                height += m.RowHeights[r];
                r++;
            }
            break;
        }

        if (r == startRow && startRow < rows)
            return (null, $"table {m.Table.Name}: header rows and row {startRow} need {m.HeaderHeight + m.RowHeights[startRow]:0.#} pt " +
                          $"(its group {m.HeaderHeight + m.Height(startRow, m.GroupEnd(startRow)):0.#} pt), {available:0.#} pt left");

        return (new TablePagePlan(startRow, r, height, Place(m, startRow, r)), "");
    }

    private static List<CellPlacement> Place(TableMetrics m, int startRow, int endRow)
    {
        var header = m.Table.HeaderRowCount;
        // Header rows sit at their own offsets; body rows follow the header from startRow on.
        double Top(int row) => row <= header ? m.Height(0, row) : m.HeaderHeight + m.Height(startRow, row);

        var placements = new List<CellPlacement>();
        foreach (var cell in m.Cells)
        {
            int from = cell.Row, to = cell.EndRow;
            if (cell.Row >= header)
            {
                from = Math.Max(cell.Row, startRow);
                to = Math.Min(cell.EndRow, endRow);
                if (from >= to) continue;
            }
            var top = Top(from);
            var left = m.ColumnLefts[cell.Column];
            placements.Add(new CellPlacement(cell,
                new Box(left, top, m.ColumnLefts[cell.EndColumn] - left, Top(to) - top),
                Continued: cell.Row >= header && cell.Row < startRow));
        }
        return placements;
    }
}
