namespace DocGen.Layout;

internal enum CellKind
{
    /// <summary>Column or group heading: centred.</summary>
    Header,
    /// <summary>Row label.</summary>
    Label,
    /// <summary>A figure: centred, never wrapped.</summary>
    Value,
}

/// <summary>A cell as the table defines it, its text already cut into atoms.</summary>
internal sealed record TableCellSpec(IReadOnlyList<Atom> Atoms, CellKind Kind, int ColSpan = 1, int RowSpan = 1, bool Centred = false)
{
    public TextAlign Align => Kind == CellKind.Label && !Centred ? TextAlign.Left : TextAlign.Center;
}

/// <summary>
/// A table to lay out: rows of cells that leave out slots covered by a rowspan from above (as
/// HTML and <see cref="DocGen.Core.Layout.TableLayout"/> do). The first <see cref="HeaderRowCount"/>
/// rows repeat on every page. <see cref="BreaksBeforeBlocksOnly"/>: a table made of blocks, each with
/// its own title row spanning every column (table 二's 第二十条第（x）项), breaks only before a title.
/// </summary>
internal sealed record TableSpec(string Name, int ColumnCount, int HeaderRowCount, IReadOnlyList<IReadOnlyList<TableCellSpec>> Rows, double FontSize)
{
    public bool BreaksBeforeBlocksOnly { get; init; }

    /// <summary>Whether <paramref name="row"/> is a block's title: one header cell across every column.</summary>
    public bool IsBlockTitle(int row) =>
        Rows[row] is [{ Kind: CellKind.Header } only] && only.ColSpan == ColumnCount;
}

/// <summary>A cell at its grid position.</summary>
internal sealed record GridCell(int Row, int Column, int RowSpan, int ColSpan, TableCellSpec Spec)
{
    public int EndRow => Row + RowSpan;
    public int EndColumn => Column + ColSpan;
}

/// <summary>Places cells on the grid, HTML style: each cell takes the next slot not covered from above.</summary>
internal static class TableGridPlacer
{
    public static IReadOnlyList<GridCell> Place(TableSpec table)
    {
        var rows = table.Rows.Count;
        var covered = new bool[rows, table.ColumnCount];
        var placed = new List<GridCell>();
        for (var r = 0; r < rows; r++)
        {
            var c = 0;
            foreach (var cell in table.Rows[r])
            {
                while (c < table.ColumnCount && covered[r, c]) c++;
                if (c + cell.ColSpan > table.ColumnCount)
                    throw new InvalidOperationException($"table {table.Name}: row {r} has cells beyond its {table.ColumnCount} columns");
                if (r + cell.RowSpan > rows)
                    throw new InvalidOperationException($"table {table.Name}: a cell in row {r} spans {cell.RowSpan} rows past the table's end");
                for (var rr = r; rr < r + cell.RowSpan; rr++)
                    for (var cc = c; cc < c + cell.ColSpan; cc++)
                        covered[rr, cc] = true;
                placed.Add(new GridCell(r, c, cell.RowSpan, cell.ColSpan, cell));
                c += cell.ColSpan;
            }
        }
        return placed;
    }
}
