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
/// <item>when no legal break exists on the whole line, it breaks where the width ran out
/// rather than overflow; an atom wider than the line is set alone and overflows (a number is
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
                while (end > start && !CanBreakBetween(atoms[end - 1], atoms[end])) end--;
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
        return lines;
    }

    public static bool CanBreakBetween(Atom before, Atom after) =>
        after.Kind is AtomKind.Space || before.Kind is AtomKind.Space
            || !(before.NoBreakAfter || after.NoBreakBefore);

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
