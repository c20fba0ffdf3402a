using DocGen.Core.Layout;
using DocGen.Core.Model;
using DocGen.Pdf.Fonts;
using DocGen.Pdf.Layout;

namespace DocGen.Pdf.Rendering;

/// <summary>
/// A national table (the same <see cref="TableLayout"/> the HTML draws) as a PDF table: header
/// texts as printed, value cells read from the report through their bindings.
/// </summary>
internal static class NationalTables
{
    public static TableSpec ToSpec(TableLayout layout, AnnualReport report, TextAtomizer atomizer)
    {
        // Table 四's 15 figure columns only fit the 156 mm block at 小五.
        var size = layout.ColumnCount > 10 ? PageGeometry.WideTableSize : PageGeometry.TableSize;
        var style = new TextStyle(FontRole.Table, size);
        var rows = layout.Rows
            .Select(row => (IReadOnlyList<TableCellSpec>)row.Cells.Select(cell => new TableCellSpec(
                atomizer.Atomize([new StyledText(TextOf(cell, report), style)]),
                KindOf(cell.Role),
                cell.ColSpan,
                cell.RowSpan)).ToList())
            .ToList();
        return new TableSpec(layout.Key, layout.ColumnCount, layout.HeaderRowCount, rows, size);
    }

    private static string TextOf(LayoutCell cell, AnnualReport report) =>
        cell.Binding is { } binding ? binding.Format(report) : cell.Text;

    private static CellKind KindOf(CellRole role) => role switch
    {
        CellRole.RowHeader => CellKind.Label,
        CellRole.Value => CellKind.Value,
        _ => CellKind.Header,
    };
}
