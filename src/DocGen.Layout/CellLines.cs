namespace DocGen.Layout;

/// <summary>
/// The lines of a table cell. Labels and headings are balanced: a cell that would end with one
/// character alone (（三）不予公/开) is set at the narrowest width that keeps its line count, so its
/// lines come out even (其他处/理 → 其他/处理), and one that starts with its number breaks after it
/// when that costs no line (（三）/不予公开). Figures are never wrapped, so they are not balanced.
/// </summary>
internal static class CellLines
{
    public static List<TextLine> Break(TableCellSpec cell, double width)
    {
        var lines = LineBreaker.Break(cell.Atoms, width);
        if (cell.Kind == CellKind.Value || lines.Count < 2) return lines;
        if (AfterEnumerator(cell.Atoms, width, lines.Count) is { } numbered) return numbered;
        if (!EndsWithOneCharacter(cell.Atoms, lines)) return lines;

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

    // A label that starts with its number （三） breaks after it when that takes no more lines:
    // （三）/不予公开 rather than （三）不/予公开.
    private static List<TextLine>? AfterEnumerator(IReadOnlyList<Atom> atoms, double width, int lineCount)
    {
        if (atoms[0].Text != "（") return null;
        var close = -1;
        for (var i = 1; i < Math.Min(atoms.Count - 1, 5) && close < 0; i++)
            if (atoms[i].Text == "）") close = i;
        if (close < 0) return null;
        var head = close + 1;
        var headWidth = atoms.Take(head).Sum(a => a.Width);
        if (headWidth > width + Units.Epsilon) return null;
        var rest = LineBreaker.Break(atoms.Skip(head).ToList(), width);
        if (rest.Count + 1 > lineCount || EndsWithOneCharacter(atoms.Skip(head).ToList(), rest)) return null;
        return [new TextLine(0, head, headWidth, 0, false), .. rest.Select(l => l with { Start = l.Start + head, End = l.End + head })];
    }

    /// <summary>True when the cell's last line is a single character under other lines (自然/人).</summary>
    public static bool EndsWithOneCharacter(IReadOnlyList<Atom> atoms, IReadOnlyList<TextLine> lines) =>
        lines.Count > 1 && lines[^1].End - lines[^1].Start == 1 && atoms[lines[^1].Start] is { Kind: AtomKind.Glyph } last
            && last.Text.EnumerateRunes().Count() == 1;
}
