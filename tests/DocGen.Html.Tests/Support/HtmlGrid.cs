using HtmlAgilityPack;

namespace DocGen.Html.Tests.Support;

/// <summary>
/// A rendered &lt;table&gt; expanded into its logical grid the way a browser does: each slot knows
/// the cell covering it and where that cell starts, so rowspan/colspan mistakes show as slots
/// covered by the wrong cell.
/// </summary>
internal sealed class HtmlGrid
{
    public sealed record Slot(HtmlNode Cell, int Row, int Column)
    {
        public bool IsHeader => Cell.Name == "th";

        public string Text => HtmlEntity.DeEntitize(Cell.InnerText).Trim();
    }

    private readonly Slot?[,] _slots;

    private HtmlGrid(Slot?[,] slots) => _slots = slots;

    public int RowCount => _slots.GetLength(0);

    public int ColumnCount => _slots.GetLength(1);

    public Slot At(int row, int column) => _slots[row, column] ?? throw new InvalidOperationException($"slot ({row}, {column}) is empty");

    public static HtmlGrid Expand(HtmlNode table)
    {
        var rows = table.SelectNodes("./thead/tr|./tbody/tr|./tr")?.ToList() ?? [];
        var columns = rows.Count == 0 ? 0 : rows[0].Elements("th").Concat(rows[0].Elements("td")).Sum(c => Span(c, "colspan"));
        var slots = new Slot?[rows.Count, columns];
        for (var r = 0; r < rows.Count; r++)
        {
            var c = 0;
            foreach (var cell in rows[r].ChildNodes.Where(n => n.Name is "th" or "td"))
            {
                while (c < columns && slots[r, c] is not null) c++;
                var slot = new Slot(cell, r, c);
                for (var rr = r; rr < r + Span(cell, "rowspan"); rr++)
                {
                    for (var cc = c; cc < c + Span(cell, "colspan"); cc++)
                    {
                        if (rr >= rows.Count || cc >= columns) throw new InvalidOperationException($"cell '{slot.Text}' spans past the table at ({rr}, {cc})");
                        if (slots[rr, cc] is not null) throw new InvalidOperationException($"cell '{slot.Text}' overlaps '{slots[rr, cc]!.Text}' at ({rr}, {cc})");
                        slots[rr, cc] = slot;
                    }
                }
                c += Span(cell, "colspan");
            }
        }
        return new HtmlGrid(slots);
    }

    private static int Span(HtmlNode cell, string attribute) => cell.GetAttributeValue(attribute, 1);
}
