namespace DocGen.Core.Layout;

/// <summary>
/// A table layout placed on its grid: every cell at (row, column), spans honoured, as HTML's
/// table model places them. Rows list only the cells that start in them, so a cell goes to
/// the first slot in its row that no rowspan from above already covers.
/// </summary>
public sealed class TableGrid
{
    private readonly PlacedCell[,] _cover;

    private TableGrid(int rowCount, int columnCount, IReadOnlyList<PlacedCell> cells, PlacedCell[,] cover)
    {
        RowCount = rowCount;
        ColumnCount = columnCount;
        Cells = cells;
        _cover = cover;
    }

    public int RowCount { get; }

    public int ColumnCount { get; }

    /// <summary>Every cell in reading order (by starting row, then column).</summary>
    public IReadOnlyList<PlacedCell> Cells { get; }

    /// <summary>The cell covering slot (row, column), whether it starts there or spans over it.</summary>
    public PlacedCell At(int row, int column)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, RowCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, ColumnCount);
        return _cover[row, column];
    }

    /// <summary>The cells that start in <paramref name="row"/>.</summary>
    public IEnumerable<PlacedCell> CellsStartingIn(int row) => Cells.Where(c => c.Row == row);

    /// <exception cref="TableGridException">spans overlap, run past the table's edge, or leave a slot uncovered.</exception>
    public static TableGrid Expand(TableLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        int rowCount = layout.Rows.Count, columnCount = layout.ColumnCount;
        var cover = new PlacedCell?[rowCount, columnCount];
        var cells = new List<PlacedCell>();

        for (var r = 0; r < rowCount; r++)
        {
            var c = 0;
            foreach (var cell in layout.Rows[r].Cells)
            {
                while (c < columnCount && cover[r, c] is not null)
                {
                    c++;
                }
                if (c + cell.ColSpan > columnCount)
                {
                    throw Fail(layout, $"row {r}: cell {Describe(cell)} at column {c} runs past the table's {columnCount} columns");
                }
                if (r + cell.RowSpan > rowCount)
                {
                    throw Fail(layout, $"row {r}: cell {Describe(cell)} spans {cell.RowSpan} rows, past the table's last row {rowCount - 1}");
                }
                var placed = new PlacedCell(r, c, cell);
                for (var rr = r; rr <= placed.LastRow; rr++)
                {
                    for (var cc = c; cc <= placed.LastColumn; cc++)
                    {
                        if (cover[rr, cc] is { } other)
                        {
                            throw Fail(layout,
                                $"row {r}: cell {Describe(cell)} at column {c} overlaps {Describe(other.Cell)} (from row {other.Row}, column {other.Column}) at ({rr}, {cc})");
                        }
                        cover[rr, cc] = placed;
                    }
                }
                cells.Add(placed);
                c = placed.LastColumn + 1;
            }
        }

        for (var r = 0; r < rowCount; r++)
        {
            for (var c = 0; c < columnCount; c++)
            {
                if (cover[r, c] is null)
                {
                    throw Fail(layout, $"slot ({r}, {c}) is covered by no cell");
                }
            }
        }
        return new TableGrid(rowCount, columnCount, cells, cover!);
    }

    private static string Describe(LayoutCell cell) =>
        cell.Binding is { } b ? $"[{b.Path}]" : $"「{cell.Text}」";

    private static TableGridException Fail(TableLayout layout, string what) =>
        new($"table '{layout.Key}': {what}");
}
