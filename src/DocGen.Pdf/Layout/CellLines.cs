namespace DocGen.Pdf.Layout;

/// <summary>
/// The lines of a table cell. Labels and headings are balanced: a cell that would end with one
/// character alone (（三）不予公/开) is set at the narrowest width that keeps its line count, so its
/// lines come out even (（三）不/予公开). Figures are never wrapped, so they are not balanced.
/// </summary>
internal static class CellLines
{
    public static List<TextLine> Break(TableCellSpec cell, double width)
    {
        var lines = LineBreaker.Break(cell.Atoms, width);
        if (cell.Kind == CellKind.Value || !EndsWithOneCharacter(cell.Atoms, lines)) return lines;

        // The line count only grows as the width shrinks: search the narrowest width that keeps it.
        double low = cell.Atoms.Max(a => a.Width), high = width;
        var best = lines;
        for (var step = 0; step < 12 && high - low > 0.25; step++)
        {
            var mid = (low + high) / 2;
            var candidate = LineBreaker.Break(cell.Atoms, mid);
            if (candidate.Count == lines.Count) { best = candidate; high = mid; }
            else low = mid;
        }
        return best;
    }

    /// <summary>True when the cell's last line is a single character under other lines (自然/人).</summary>
    public static bool EndsWithOneCharacter(IReadOnlyList<Atom> atoms, IReadOnlyList<TextLine> lines) =>
        lines.Count > 1 && lines[^1].End - lines[^1].Start == 1 && atoms[lines[^1].Start] is { Kind: AtomKind.Glyph } last
            && last.Text.EnumerateRunes().Count() == 1;
}
