namespace DocGen.Layout;

/// <summary>A cell as drawn on one page; <see cref="Continued"/> when it began on an earlier page.</summary>
internal readonly record struct CellPlacement(GridCell Cell, Box Box, bool Continued);

/// <summary>What one page of a table holds: body rows [StartRow, EndRow) under the header rows.</summary>
internal sealed record TablePagePlan(int StartRow, int EndRow, double Height, IReadOnlyList<CellPlacement> Cells);

/// <summary>
/// Decides what part of a table goes on a page; Measure and Draw both ask it. Rules:
/// <list type="bullet">
/// <item>header rows come first on every page (they are never progress);</item>
/// <item>rows are never split, and a heading row inside the body stays with the row below;</item>
/// <item>a rowspan group (rows tied together by a spanning cell) goes on the page whole when it
/// fits in what is left;</item>
/// <item>when it does not, a small group (at most a third of a page, so the page it leaves stays
/// two-thirds full) moves to the next page whole; a
/// big one (table 三's 三、本年度办理结果 spans 22 rows) is filled in unit by unit — its inner
/// groups ((三)不予公开 …) follow the same rules — and its label is drawn again on the next page.
/// A big group moved whole would leave a page holding only the header and a row or two.</item>
/// <item>a table starts where the content before it ends when its header and at least
/// <see cref="MinimumStartRows"/> body rows fit there (the rest follows under the repeated header);</item>
/// <item>a table of titled blocks (<see cref="TableSpec.BreaksBeforeBlocksOnly"/>: table 二) breaks
/// only before a block's title.</item>
/// </list>
/// </summary>
internal static class TablePlanner
{
    public static (TablePagePlan? Plan, string Reason) PlanPage(TableMetrics m, int startRow, double available, double fullPageHeight)
    {
        var rows = m.RowHeights.Length;
        var height = m.HeaderHeight;
        var end = Fill(m, startRow, rows, startRow, ref height, available, fullPageHeight);
        var roomy = end;
        while (roomy > startRow && roomy < rows && !(SlicesHoldTheirText(m, startRow, roomy) && SplitsNoSmallGroup(m, roomy, fullPageHeight))) roomy--;
        if (roomy > startRow && roomy != end)
        {
            end = roomy;
            height = m.HeaderHeight + m.Height(startRow, end);
        }

        if (end == startRow && startRow < rows)
            return (null, $"table {m.Table.Name}: header rows and row {startRow} need {m.HeaderHeight + m.RowHeights[startRow]:0.#} pt " +
                          $"(its group {m.HeaderHeight + m.Height(startRow, m.GroupEnd(startRow)):0.#} pt), {available:0.#} pt left");

        if (startRow == m.Table.HeaderRowCount && end < rows && available < fullPageHeight - Units.Epsilon && StartsTooThin(m, end, fullPageHeight))
            return (null, $"table {m.Table.Name}: only {end - startRow} of its {rows - startRow} body rows fit under its header here; it starts on the next page");

        return (new TablePagePlan(startRow, end, height, Place(m, startRow, end)), "");
    }

    // Places the units of rows [from, to) while they fit; returns the first row left for the next page.
    private static int Fill(TableMetrics m, int from, int to, int pageStart, ref double height, double available, double fullPageHeight)
    {
        var r = from;
        while (r < to)
        {
            var unitEnd = UnitEnd(m, r, from, to);
            var unitHeight = m.Height(r, unitEnd);
            if (height + unitHeight <= available + Units.Epsilon)
            {
                height += unitHeight;
                r = unitEnd;
                continue;
            }

            if (unitEnd - r == 1) return r;
            // A unit that is the whole range has nothing inside to split it by (a heading row and
            // the row it keeps with): filling it again would recurse without end. It stays whole.
            if (r == from && unitEnd == to) return r;
            var small = m.HeaderHeight + unitHeight <= fullPageHeight / 3 + Units.Epsilon;
            if (small && r > pageStart) return r;
            return Fill(m, r, unitEnd, pageStart, ref height, available, fullPageHeight);
        }
        return to;
    }

    /// <summary>A table start with fewer body rows than this under its header moves to the next page.</summary>
    public const int MinimumStartRows = 2;

    // A typesetter starts a table where the text ends once its head and two rows fit: moving a table
    // that could start here to the next page left pages 45–55% empty (issue 22).
    private static bool StartsTooThin(TableMetrics m, int end, double fullPageHeight) =>
        end - m.Table.HeaderRowCount < MinimumStartRows;

    // Stepping back from a break that leaves a label too little room must not land inside a small
    // group (（六）其他处理's three rows were split 1 + 2): only big groups are ever split.
    private static bool SplitsNoSmallGroup(TableMetrics m, int b, double fullPageHeight)
    {
        if (!m.CleanBreakBefore[b] && m.HeadingRowBefore(b)) return false;
        if (m.Table.BreaksBeforeBlocksOnly && !m.Table.IsBlockTitle(b)) return false;
        foreach (var cell in m.Cells)
        {
            if (cell.Row < m.Table.HeaderRowCount || cell.Row >= b || cell.EndRow <= b) continue;
            if (m.HeaderHeight + m.Height(cell.Row, cell.EndRow) <= fullPageHeight / 3 + Units.Epsilon) return false;
        }
        return true;
    }

    // A break at row b cuts the cells spanning it in two; each part must be tall enough for the
    // cell's text, which is drawn again in the part on the next page (a one-row tail under
    // 三、本年度办理结果 would have its three-line label spill over the rows below).
    private static bool SlicesHoldTheirText(TableMetrics m, int pageStart, int b)
    {
        foreach (var cell in m.Cells)
        {
            if (cell.Row >= b || cell.EndRow <= b || cell.Row < m.Table.HeaderRowCount) continue;
            var need = Math.Max(1, m.Lines[cell].Count) * m.LinePitch + 2 * TableMetrics.PaddingY;
            if (m.Height(Math.Max(cell.Row, pageStart), b) + Units.Epsilon < need || m.Height(b, cell.EndRow) + Units.Epsilon < need) return false;
        }
        return true;
    }

    // The end of the unit starting at row r inside [from, to): the first boundary that no cell inside
    // the range crosses (a cell spanning the whole range is the range's own label and does not count).
    private static int UnitEnd(TableMetrics m, int r, int from, int to)
    {
        for (var b = r + 1; b < to; b++)
        {
            if (!m.CleanBreakBefore[b] && m.HeadingRowBefore(b)) continue;
            if (m.Table.BreaksBeforeBlocksOnly && !m.Table.IsBlockTitle(b)) continue;
            var crossed = false;
            foreach (var cell in m.Cells)
            {
                if (cell.Row < from || cell.EndRow > to || (cell.Row == from && cell.EndRow == to)) continue;
                if (cell.Row < b && b < cell.EndRow) { crossed = true; break; }
            }
            if (!crossed) return b;
        }
        return to;
    }

    private static List<CellPlacement> Place(TableMetrics m, int startRow, int endRow)
    {
        var header = m.Table.HeaderRowCount;
        // Header rows sit at their own offsets; body rows follow the header from startRow on. The
        // running sums add the rows in the order m.Height does, so the tops are the same to the bit.
        var headerTops = RunningSums(m.RowHeights, 0, header);
        var bodyTops = RunningSums(m.RowHeights, startRow, endRow);
        double Top(int row) => row <= header ? headerTops[row] : m.HeaderHeight + bodyTops[row - startRow];

        var placements = new List<CellPlacement>(m.Cells.Count);
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

    // sums[k] = the heights of rows [from, from + k).
    private static double[] RunningSums(double[] heights, int from, int to)
    {
        var sums = new double[to - from + 1];
        for (var r = from; r < to; r++) sums[r - from + 1] = sums[r - from] + heights[r];
        return sums;
    }
}
