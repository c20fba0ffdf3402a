namespace DocGen.Layout;

/// <summary>
/// A table measured at one width: column widths, each cell's lines, row heights, and where the
/// body may break. A rowspan cell taller than its rows grows the rows it spans evenly.
/// </summary>
internal sealed class TableMetrics
{
    public const double PaddingY = 2.5;
    public const double LineSpacing = 1.3;

    private TableMetrics(TableSpec table, IReadOnlyList<GridCell> cells, double[] columns, double[] rows,
        Dictionary<GridCell, List<TextLine>> lines, bool[] cleanBreakBefore, bool[] headingRows)
    {
        Table = table;
        Cells = cells;
        ColumnWidths = columns;
        RowHeights = rows;
        Lines = lines;
        CleanBreakBefore = cleanBreakBefore;
        _headingRows = headingRows;
        ColumnLefts = new double[columns.Length + 1];
        for (var c = 0; c < columns.Length; c++) ColumnLefts[c + 1] = ColumnLefts[c] + columns[c];
        HeaderHeight = rows.Take(table.HeaderRowCount).Sum();
    }

    private readonly bool[] _headingRows;

    public TableSpec Table { get; }
    public IReadOnlyList<GridCell> Cells { get; }
    public double[] ColumnWidths { get; }
    public double[] ColumnLefts { get; }
    public double[] RowHeights { get; }
    public double HeaderHeight { get; }
    public IReadOnlyDictionary<GridCell, List<TextLine>> Lines { get; }

    /// <summary>True at row r when the table may break before it: no cell spans from row r-1 into it and row r-1 is not a heading row.</summary>
    public bool[] CleanBreakBefore { get; }

    public double LinePitch => Table.FontSize * LineSpacing;

    public static TableMetrics Measure(TableSpec table, IReadOnlyList<GridCell> cells, double width)
    {
        var columns = TableColumnSizer.Size(table, cells, width);
        var lefts = new double[columns.Length + 1];
        for (var c = 0; c < columns.Length; c++) lefts[c + 1] = lefts[c] + columns[c];

        var pitch = table.FontSize * LineSpacing;
        var lines = new Dictionary<GridCell, List<TextLine>>(cells.Count, ReferenceEqualityComparer.Instance);
        var rows = new double[table.Rows.Count];
        Array.Fill(rows, pitch + 2 * PaddingY);
        foreach (var cell in cells)
        {
            var inner = lefts[cell.EndColumn] - lefts[cell.Column] - 2 * TableColumnSizer.PaddingX;
            lines[cell] = CellLines.Break(cell.Spec, inner);
        }

        foreach (var cell in cells.Where(c => c.RowSpan == 1))
            rows[cell.Row] = Math.Max(rows[cell.Row], CellHeight(lines[cell].Count, pitch));
        foreach (var cell in cells.Where(c => c.RowSpan > 1).OrderBy(c => c.RowSpan))
        {
            var have = 0.0;
            for (var r = cell.Row; r < cell.EndRow; r++) have += rows[r];
            var deficit = CellHeight(lines[cell].Count, pitch) - have;
            if (deficit > 0)
                for (var r = cell.Row; r < cell.EndRow; r++) rows[r] += deficit / cell.RowSpan;
        }

        var clean = new bool[table.Rows.Count + 1];
        Array.Fill(clean, true);
        foreach (var cell in cells)
            for (var r = cell.Row + 1; r < cell.EndRow; r++) clean[r] = false;
        // A body row of headings only (table 二's 第二十条第（五）项 and 信息内容 rows) stays with the row below it.
        var headingRows = new bool[table.Rows.Count];
        for (var r = table.HeaderRowCount; r + 1 < table.Rows.Count; r++)
        {
            headingRows[r] = cells.Where(c => c.Row == r).All(c => c.Spec.Kind == CellKind.Header);
            if (headingRows[r]) clean[r + 1] = false;
        }

        return new TableMetrics(table, cells, columns, rows, lines, clean, headingRows);
    }

    private static double CellHeight(int lineCount, double pitch) => Math.Max(1, lineCount) * pitch + 2 * PaddingY;

    /// <summary>The first row after <paramref name="row"/> where the body may break (the end of its rowspan group).</summary>
    public int GroupEnd(int row)
    {
        var r = row + 1;
        while (r < RowHeights.Length && !CleanBreakBefore[r]) r++;
        return r;
    }

    /// <summary>True when the row above <paramref name="row"/> is a body row of headings only.</summary>
    public bool HeadingRowBefore(int row) => row > 0 && _headingRows[row - 1];

    public double Height(int fromRow, int toRow)
    {
        var h = 0.0;
        for (var r = fromRow; r < toRow; r++) h += RowHeights[r];
        return h;
    }
}
