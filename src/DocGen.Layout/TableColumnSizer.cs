namespace DocGen.Layout;

/// <summary>
/// Column widths for a table at a given width. Figure columns get what their widest figure
/// needs (figures never wrap); label columns grow first to a few characters each, then toward
/// their labels' natural width; whatever is left is shared by the figure columns, so short
/// tables (table 二) do not leave a huge label column.
/// </summary>
internal static class TableColumnSizer
{
    public const double PaddingX = 3;

    public static double[] Size(TableSpec table, IReadOnlyList<GridCell> cells, double width)
    {
        var n = table.ColumnCount;
        var min = new double[n];
        var pref = new double[n];
        var hasValue = new bool[n];
        var hasLabel = new bool[n];
        var em = table.FontSize;
        foreach (var cell in cells.Where(c => c.ColSpan == 1))
        {
            var c = cell.Column;
            var widest = cell.Spec.Atoms.Count == 0 ? 0 : cell.Spec.Atoms.Max(a => a.Width);
            var natural = cell.Spec.Atoms.Sum(a => a.Width);
            // A label spanning rows has height to spare: four characters a line is enough for it.
            if (cell.RowSpan > 1 && cell.Spec.Kind == CellKind.Label) natural = Math.Min(natural, 4 * em);
            min[c] = Math.Max(min[c], widest + 2 * PaddingX);
            pref[c] = Math.Max(pref[c], natural + 2 * PaddingX);
            if (cell.Row >= table.HeaderRowCount)
            {
                if (cell.Spec.Kind == CellKind.Value) hasValue[c] = true;
                else if (cell.Spec.Kind == CellKind.Label) hasLabel[c] = true;
            }
        }

        var numeric = Enumerable.Range(0, n).Select(c => hasValue[c] && !hasLabel[c]).ToArray();
        var widths = new double[n];
        for (var c = 0; c < n; c++)
        {
            // A figure column is at least two characters wide so its heading wraps sensibly.
            widths[c] = numeric[c] ? Math.Max(min[c], 2 * em + 2 * PaddingX) : Math.Max(min[c], em + 2 * PaddingX);
            if (numeric[c]) pref[c] = widths[c];
            pref[c] = Math.Max(pref[c], widths[c]);
        }

        var left = width - widths.Sum();
        var labels = Enumerable.Range(0, n).Where(c => !numeric[c]).ToArray();
        var figures = Enumerable.Range(0, n).Where(c => numeric[c]).ToArray();
        // Labels first get three characters a line, then up to sixteen (long labels of table 三 take
        // two or three lines, not five), then figure columns three characters (社会公益组织 in two
        // lines), then labels their full length.
        left = Grow(widths, labels, c => Math.Min(pref[c], 3 * em + 2 * PaddingX), left);
        left = Grow(widths, labels, c => Math.Min(pref[c], 16 * em + 2 * PaddingX), left);
        left = Grow(widths, figures, c => 3 * em + 2 * PaddingX, left);
        left = Grow(widths, labels, c => pref[c], left);

        var sharers = figures.Length > 0 ? figures : labels;
        if (left > 0 && sharers.Length > 0)
            foreach (var c in sharers) widths[c] += left / sharers.Length;
        AvoidOneCharacterLines(table, cells, widths);
        return widths;
    }

    // A heading or label that ends with one character alone even when balanced (自然/人 in a
    // two-character figure column, （四）/无法提/供) widens its column by what it needs, up to two
    // characters, taken from the widest column, whose long labels hardly notice.
    private static void AvoidOneCharacterLines(TableSpec table, IReadOnlyList<GridCell> cells, double[] widths)
    {
        var em = table.FontSize;
        var donor = Array.IndexOf(widths, widths.Max());
        for (var c = 0; c < widths.Length; c++)
        {
            if (c == donor) continue;
            var extra = 0.0;
            foreach (var cell in cells.Where(x => x.Column == c && x.ColSpan == 1 && x.Spec.Kind != CellKind.Value && x.Spec.Atoms.Count > 0))
            {
                for (var step = 0; step <= 4; step++)
                {
                    var grown = step * em / 2;
                    var atWidth = widths[c] + grown - 2 * PaddingX;
                    if (!CellLines.EndsWithOneCharacter(cell.Spec.Atoms, CellLines.Break(cell.Spec, atWidth))) { extra = Math.Max(extra, grown); break; }
                }
            }
            var spare = widths[donor] - 8 * em - 2 * PaddingX;
            extra = Math.Min(extra, spare);
            if (extra <= 0) continue;
            widths[c] += extra;
            widths[donor] -= extra;
        }
    }

    // Grows the given columns toward target(c), proportionally to what each still needs.
    private static double Grow(double[] widths, int[] columns, Func<int, double> target, double left)
    {
        if (left <= 0) return left;
        var need = columns.Sum(c => Math.Max(0, target(c) - widths[c]));
        if (need <= 0) return left;
        var share = Math.Min(1, left / need);
        foreach (var c in columns) widths[c] += Math.Max(0, target(c) - widths[c]) * share;
        return left - need * share;
    }
}
