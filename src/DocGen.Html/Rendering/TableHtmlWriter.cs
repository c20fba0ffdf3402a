using System.Text;
using DocGen.Core.Layout;
using DocGen.Core.Model;
using DocGen.Html.Templates;

namespace DocGen.Html.Rendering;

/// <summary>
/// Writes a national <see cref="TableLayout"/> filled from a completed report. The markup is the
/// national format's, not a site's choice, so our code writes it (escaping every label and figure)
/// and templates insert it as <see cref="TrustedHtml"/>; sites restyle it with CSS.
/// </summary>
internal static class TableHtmlWriter
{
    /// <summary>Tables at least this wide (三 has 10 columns, 四 15) get a minimum width and scroll on a phone.</summary>
    private const int WideColumnCount = 7;

    public static TrustedHtml Write(TableLayout table, string heading, AnnualReport report, HtmlRenderOptions options)
    {
        var id = "table-" + table.Key;
        var html = new StringBuilder(4096);
        html.Append("<div class=\"table-scroll\" role=\"region\" aria-labelledby=\"").AppendEscaped(id).Append("-caption\" tabindex=\"0\">\n")
            .Append("<table class=\"docgen-table").Append(table.ColumnCount >= WideColumnCount ? " wide" : "").Append("\" id=\"").AppendEscaped(id).Append("\">\n")
            .Append("<caption id=\"").AppendEscaped(id).Append("-caption\"")
            // The caption says what the section heading just said: kept for screen readers, not shown twice.
            .Append(table.Caption == heading ? " class=\"visually-hidden\"" : "").Append('>').AppendEscaped(table.Caption).Append("</caption>\n");
        var leading = LeadingCells(table);
        if (table.HeaderRowCount > 0)
        {
            html.Append("<thead>\n");
            foreach (var row in table.HeaderRows) WriteRow(html, row, report, options, leading);
            html.Append("</thead>\n");
        }
        html.Append("<tbody>\n");
        foreach (var row in table.BodyRows) WriteRow(html, row, report, options, leading);
        html.Append("</tbody>\n</table>\n</div>\n");
        return new TrustedHtml(html.ToString());
    }

    /// <summary>Labels at most this long (自然人, （三）不予公开) never wrap inside (class <c>short</c>).</summary>
    private const int ShortLabel = 7;

    private static void WriteRow(StringBuilder html, LayoutRow row, AnnualReport report, HtmlRenderOptions options, IReadOnlyDictionary<LayoutCell, int> leading)
    {
        html.Append("<tr>");
        foreach (var cell in row.Cells) WriteCell(html, cell, report, options, leading.TryGetValue(cell, out var column) ? column : null);
        html.Append("</tr>\n");
    }

    /// <summary>
    /// The label cells left of the first figure column, head and body, each with the column it starts in
    /// (classes <c>lead lead-N</c>): report.css pins every label column (三、…, （三）不予公开, 1.属于国家秘密)
    /// while a phone scrolls the figures, so each row keeps its own label in view.
    /// </summary>
    private static Dictionary<LayoutCell, int> LeadingCells(TableLayout table)
    {
        var grid = TableGrid.Expand(table);
        var firstFigureColumn = grid.Cells.Where(p => p.Cell.Role == CellRole.Value).Select(p => p.Column).DefaultIfEmpty(0).Min();
        return grid.Cells.Where(p => p.Cell.Role != CellRole.Value && p.LastColumn < firstFigureColumn)
            .ToDictionary(p => p.Cell, p => p.Column, ReferenceEqualityComparer.Instance as IEqualityComparer<LayoutCell>);
    }

    private static void WriteCell(StringBuilder html, LayoutCell cell, AnnualReport report, HtmlRenderOptions options, int? leadColumn)
    {
        var colSpan = cell.ColSpan > 1;
        var rowSpan = cell.RowSpan > 1;
        var (tag, scope, cssClass) = cell.Role switch
        {
            CellRole.Value => ("td", null, cell.Binding is { } b && options.Marks(b.Path) ? "num " + options.MarkedCssClass : "num"),
            CellRole.GroupHeader => ("th", colSpan ? "colgroup" : "col", "group"),
            CellRole.ColumnHeader => ("th", colSpan ? "colgroup" : "col", "col"),
            _ => ("th", rowSpan ? "rowgroup" : "row", "row"),
        };
        html.Append('<').Append(tag);
        if (colSpan) html.Append(" colspan=\"").Append(cell.ColSpan).Append('"');
        if (rowSpan) html.Append(" rowspan=\"").Append(cell.RowSpan).Append('"');
        if (scope is not null) html.Append(" scope=\"").Append(scope).Append('"');
        if (cell.Role == CellRole.Value && cell.Binding is { } binding) html.Append(" data-field=\"").AppendEscaped(binding.Path).Append('"');
        var text = cell.Role == CellRole.Value ? cell.Binding?.Format(report) ?? "" : cell.Text;
        if (leadColumn is { } column) cssClass += " lead lead-" + column;
        if (cell.Role != CellRole.Value && text.Length <= ShortLabel) cssClass += " short";
        html.Append(" class=\"").AppendEscaped(cssClass).Append("\">");
        html.AppendEscaped(text).Append("</").Append(tag).Append('>');
    }
}
