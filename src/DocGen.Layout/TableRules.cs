namespace DocGen.Layout;

/// <summary>A straight rule from (X1, Y1) to (X2, Y2): horizontal or vertical, in points from the page's top-left corner.</summary>
internal readonly record struct Rule(double X1, double Y1, double X2, double Y2);

/// <summary>
/// The rules of a table page: the edges of its cells, each stretch of line once. Neighbouring
/// cells share edges and a row's edges continue one another, so the edges on one line are joined
/// into the fewest rules that cover them (a row's bottom is one rule from the table's left to its
/// right, unless a spanning cell interrupts it). Drawn with butt caps, a joined rule covers exactly
/// what its pieces covered.
/// </summary>
internal static class TableRules
{
    public static List<Rule> Of(IEnumerable<Box> cells)
    {
        var horizontal = new List<(double At, double From, double To)>(64);
        var vertical = new List<(double At, double From, double To)>(64);
        foreach (var box in cells)
        {
            // Rounded so that edges meant to meet do meet despite sums of row heights.
            double x0 = Math.Round(box.X, 2), y0 = Math.Round(box.Y, 2), x1 = Math.Round(box.Right, 2), y1 = Math.Round(box.Bottom, 2);
            horizontal.Add((y0, x0, x1));
            horizontal.Add((y1, x0, x1));
            vertical.Add((x0, y0, y1));
            vertical.Add((x1, y0, y1));
        }

        var rules = new List<Rule>();
        foreach (var (at, from, to) in Joined(horizontal)) rules.Add(new Rule(from, at, to, at));
        foreach (var (at, from, to) in Joined(vertical)) rules.Add(new Rule(at, from, at, to));
        return rules;
    }

    // Sorted by line then start; stretches on one line that overlap or touch become one.
    private static List<(double At, double From, double To)> Joined(List<(double At, double From, double To)> edges)
    {
        edges.Sort(static (a, b) => a.At != b.At ? a.At.CompareTo(b.At) : a.From != b.From ? a.From.CompareTo(b.From) : a.To.CompareTo(b.To));
        var joined = new List<(double At, double From, double To)>();
        foreach (var edge in edges)
        {
            if (joined.Count > 0 && joined[^1] is var last && last.At == edge.At && edge.From <= last.To)
                joined[^1] = last with { To = Math.Max(last.To, edge.To) };
            else
                joined.Add(edge);
        }
        return joined;
    }
}
