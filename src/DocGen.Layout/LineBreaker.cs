namespace DocGen.Layout;

/// <summary>
/// Atoms [Start, End) of a paragraph set on one line. <see cref="EndsBlock"/> marks the last line
/// before a forced break or the paragraph's end: such lines are not justified.
/// </summary>
internal readonly record struct TextLine(int Start, int End, double NaturalWidth, double Indent, bool EndsBlock);

/// <summary>
/// Greedy line breaking with Chinese rules. Corner cases:
/// <list type="bullet">
/// <item>a closing mark that would start a line pulls the character before it down with it
/// (push-out, 追い出し), repeatedly, e.g. for 。” at the end of a quote;</item>
/// <item>an opening mark that would end a line is pushed down to the next one;</item>
/// <item>a run of atoms joined to each other (<see cref="Atom.JoinsPrevious"/>: figures with their
/// separators and units, URLs) moves to the next line whole;</item>
/// <item>when no legal break exists on the whole line (a joined run longer than a line), it breaks
/// where the width ran out rather than overflow; an atom wider than the line is set alone and overflows (a number is
/// never split);</item>
/// <item>spaces at the start and end of a line are dropped and never counted.</item>
/// </list>
/// </summary>
internal static class LineBreaker
{
    public static List<TextLine> Break(IReadOnlyList<Atom> atoms, double width, double firstLineIndent = 0)
    {
        var lines = new List<TextLine>();
        var start = 0;
        var afterHardBreak = true; // the first line of a paragraph and lines after <br> keep the indent
        var indentNext = firstLineIndent;
        while (start < atoms.Count)
        {
            while (start < atoms.Count && atoms[start].Kind == AtomKind.Space) start++;
            if (start == atoms.Count) break;

            var indent = afterHardBreak ? indentNext : 0;
            var used = indent;
            var i = start;
            var hardBreak = false;
            while (i < atoms.Count)
            {
                var atom = atoms[i];
                if (atom.Kind == AtomKind.HardBreak) { hardBreak = true; break; }
                if (atom.Kind != AtomKind.Space && used + atom.Width > width + Units.Epsilon) break;
                used += atom.Width;
                i++;
            }

            int end;
            if (hardBreak || i == atoms.Count)
            {
                end = i;
            }
            else
            {
                end = i;
                while (end > start && !CanBreakInside(atoms, end, width)) end--;
                // No break that keeps joined runs whole: keep 避头尾 at least, then break where the width ran out.
                if (end == start)
                {
                    end = i;
                    while (end > start && !KinsokuAllows(atoms[end - 1], atoms[end])) end--;
                }
                if (end == start) end = Math.Max(i, start + 1);
            }

            var visibleEnd = end;
            while (visibleEnd > start && atoms[visibleEnd - 1].Kind == AtomKind.Space) visibleEnd--;
            var natural = indent;
            for (var k = start; k < visibleEnd; k++) natural += atoms[k].Width;

            var last = hardBreak && end == i || end >= atoms.Count;
            lines.Add(new TextLine(start, visibleEnd, natural, indent, last || RestIsBlank(atoms, end)));

            afterHardBreak = hardBreak && end == i;
            start = afterHardBreak ? end + 1 : end;
        }
        for (var k = 1; k < lines.Count; k++)
            if (lines[k].EndsBlock && !lines[k - 1].EndsBlock) PullDownIntoShortLastLine(atoms, lines, k, width);
        return lines;
    }

    /// <summary>
    /// A block's last line holding one character before its closing marks (a lone “X。”) takes the
    /// last character of the line above, when that line's legal break allows it and the line,
    /// now one character short, spreads within <see cref="LineSetter.MaxJustifyGapEm"/>.
    /// </summary>
    private static void PullDownIntoShortLastLine(IReadOnlyList<Atom> atoms, List<TextLine> lines, int k, double width)
    {
        var last = lines[k];
        var characters = 0;
        for (var a = last.Start; a < last.End; a++)
            if (atoms[a].Kind != AtomKind.Space && !(atoms[a].Text is [var c] && Kinsoku.IsClosing(c))) characters++;
        if (characters >= 2) return;

        var above = lines[k - 1];
        var end = above.End - 1;
        while (end > above.Start + 1 && !CanBreakBetween(atoms[end - 1], atoms[end])) end--;
        if (end <= above.Start + 1 || atoms[end - 1].Kind == AtomKind.Space) return;
        var moved = 0.0;
        for (var a = end; a < above.End; a++) moved += atoms[a].Width;
        var size = atoms[end - 1].Pieces.Count > 0 ? atoms[end - 1].Pieces[0].Size : 0;
        var gaps = end - above.Start - 1;
        if (gaps <= 0 || (width - (above.NaturalWidth - moved)) / gaps > LineSetter.MaxJustifyGapEm * size) return;
        if (last.NaturalWidth - last.Indent + moved > width) return;

        lines[k - 1] = above with { End = end, NaturalWidth = above.NaturalWidth - moved };
        lines[k] = last with { Start = end, NaturalWidth = last.NaturalWidth + moved };
    }

    /// <summary>
    /// Whether a line may end before atoms[<paramref name="k"/>]: as <see cref="CanBreakBetween"/>, except
    /// that a joined run wider than a whole line (a long URL) may break at its joins.
    /// </summary>
    private static bool CanBreakInside(IReadOnlyList<Atom> atoms, int k, double width)
    {
        if (CanBreakBetween(atoms[k - 1], atoms[k])) return true;
        if (!atoms[k].JoinsPrevious || !KinsokuAllows(atoms[k - 1], atoms[k])) return false;
        var first = k - 1;
        while (first > 0 && atoms[first].JoinsPrevious) first--;
        var run = 0.0;
        for (var j = first; j < atoms.Count && (j == first || atoms[j].JoinsPrevious); j++) run += atoms[j].Width;
        return run > width + Units.Epsilon;
    }

    public static bool CanBreakBetween(Atom before, Atom after) => KinsokuAllows(before, after) && !after.JoinsPrevious;

    private static bool KinsokuAllows(Atom before, Atom after) =>
        after.Kind is AtomKind.Space || before.Kind is AtomKind.Space || !(before.NoBreakAfter || after.NoBreakBefore);

    private static bool RestIsBlank(IReadOnlyList<Atom> atoms, int from)
    {
        for (var k = from; k < atoms.Count; k++)
        {
            if (atoms[k].Kind == AtomKind.HardBreak) return true;
            if (atoms[k].Kind != AtomKind.Space) return false;
        }
        return true;
    }
}
