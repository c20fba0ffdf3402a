namespace DocGen.Core.Layout;

/// <summary>A cell at its top-left slot of the grid (0-based row and column).</summary>
public sealed record PlacedCell(int Row, int Column, LayoutCell Cell)
{
    public int LastRow => Row + Cell.RowSpan - 1;

    public int LastColumn => Column + Cell.ColSpan - 1;

    public bool Covers(int row, int column) => row >= Row && row <= LastRow && column >= Column && column <= LastColumn;
}
