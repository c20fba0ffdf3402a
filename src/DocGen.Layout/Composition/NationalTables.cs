using DocGen.Core.Layout;
using DocGen.Core.Model;
using DocGen.Layout;
using DocGen.Layout.Fonts;

namespace DocGen.Layout.Composition;

/// <summary>
/// A national table (the same <see cref="TableLayout"/> the HTML draws) as a PDF table: header
/// texts as printed, value cells read from the report through their bindings.
/// </summary>
internal static class NationalTables
{
    /// <summary>
    /// A figure longer than this (beyond any real report; validation calls counts past 10^12 too
    /// large) may break every <see cref="FigureChunk"/> characters. Whole, eight such figures in
    /// table 三 would push the table past the right edge of the page.
    /// </summary>
    internal const int LongestUnbrokenFigure = 8;

    internal const int FigureChunk = 4;

    /// <summary>The table's cells placed by <see cref="TableGrid.Expand"/>, the grid the HTML uses too.</summary>
    /// <exception cref="TableGridException">the layout's spans do not tile its grid.</exception>
    public static (TableSpec Spec, IReadOnlyList<GridCell> Cells) ToSpec(TableLayout layout, AnnualReport report, TextAtomizer atomizer)
    {
        // Table 四's 15 figure columns only fit the 156 mm block at 小五.
        var size = layout.ColumnCount > 10 ? PageGeometry.WideTableSize : PageGeometry.TableSize;
        var style = new TextStyle(FontRole.Table, size);
        var grid = TableGrid.Expand(layout);
        TableCellSpec SpecOf(LayoutCell cell)
        {
            // A heading or label is the same in every report: its atoms are shared. A figure is the report's own.
            if (cell.Binding is not { } binding) return new(atomizer.AtomizeFixed(cell.Text, style), KindOf(cell.Role), cell.ColSpan, cell.RowSpan);
            var text = binding.Format(report);
            var chunk = text.Length > LongestUnbrokenFigure ? FigureChunk : TextAtomizer.LongestUnbrokenWord;
            return new(atomizer.Atomize([new StyledText(text, style)], chunk), KindOf(cell.Role), cell.ColSpan, cell.RowSpan);
        }

        var rows = new List<TableCellSpec>[grid.RowCount];
        for (var r = 0; r < rows.Length; r++) rows[r] = [];
        var cells = new List<GridCell>(grid.Cells.Count);
        foreach (var p in grid.Cells)
        {
            var spec = SpecOf(p.Cell);
            rows[p.Row].Add(spec); // in the grid's order, as TableGrid.CellsStartingIn gives them
            cells.Add(new GridCell(p.Row, p.Column, p.Cell.RowSpan, p.Cell.ColSpan, spec));
        }
        // A table without a head (table 二) is a stack of titled blocks: it breaks between them only.
        return (new TableSpec(layout.Key, layout.ColumnCount, layout.HeaderRowCount, rows, size) { BreaksBeforeBlocksOnly = layout.HeaderRowCount == 0 }, cells);
    }

    private static CellKind KindOf(CellRole role) => role switch
    {
        CellRole.RowHeader => CellKind.Label,
        CellRole.Value => CellKind.Value,
        _ => CellKind.Header,
    };
}
