using DocGen.Core.Layout;
using DocGen.Core.Model;

namespace DocGen.Html.Rendering;

/// <summary>Turns a national <see cref="TableLayout"/> and a completed report into the cells a template prints.</summary>
internal static class TableViewBuilder
{
    /// <summary>Tables at least this wide (三 has 10 columns, 四 15) get a minimum width and scroll on a phone.</summary>
    private const int WideColumnCount = 7;

    public static TableView Build(TableLayout table, string heading, AnnualReport report, HtmlRenderOptions options) => new(
        table.Key,
        "table-" + table.Key,
        table.Caption,
        table.Caption == heading,
        table.ColumnCount,
        table.ColumnCount >= WideColumnCount,
        table.HeaderRows.Select(r => Row(r, report, options)).ToArray(),
        table.BodyRows.Select(r => Row(r, report, options)).ToArray());

    private static RowView Row(LayoutRow row, AnnualReport report, HtmlRenderOptions options) =>
        new(row.Cells.Select(c => Cell(c, report, options)).ToArray());

    private static CellView Cell(LayoutCell cell, AnnualReport report, HtmlRenderOptions options)
    {
        int? colSpan = cell.ColSpan > 1 ? cell.ColSpan : null;
        int? rowSpan = cell.RowSpan > 1 ? cell.RowSpan : null;
        return cell.Role switch
        {
            CellRole.Value when cell.Binding is { } binding => new CellView(
                "td", binding.Format(report), colSpan, rowSpan, null, binding.Path,
                options.MarkedPaths.Contains(binding.Path) ? "num " + options.MarkedCssClass : "num"),
            CellRole.Value => new CellView("td", "", colSpan, rowSpan, null, null, "num"),
            CellRole.GroupHeader => new CellView("th", cell.Text, colSpan, rowSpan, colSpan is null ? "col" : "colgroup", null, "group"),
            CellRole.ColumnHeader => new CellView("th", cell.Text, colSpan, rowSpan, colSpan is null ? "col" : "colgroup", null, "col"),
            _ => new CellView("th", cell.Text, colSpan, rowSpan, rowSpan is null ? "row" : "rowgroup", null, "row"),
        };
    }
}
