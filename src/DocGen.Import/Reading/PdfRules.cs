using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace DocGen.Import.Reading;

/// <summary>
/// A page's vertical table rules: stroked lines or thin filled rectangles (browsers draw borders
/// as fills), as x positions with the y range they span. A cell's column is read from the rules
/// that cross its line, so a blank cell stays a gap between rules instead of closing up.
/// </summary>
public static class PdfRules
{
    private const double MaxRuleWidth = 2.5;
    private const double MinRuleHeight = 4;
    private const double SameX = 1.5;

    public sealed record Rule(double X, double Bottom, double Top);

    public static List<Rule> Vertical(Page page, ImportBudget budget)
    {
        var rules = new List<Rule>();
        foreach (var path in page.Paths)
        {
            budget.Check();
            foreach (var subpath in path)
            {
                budget.Check();
                if (subpath.GetBoundingRectangle() is not { } box) continue;
                if (box.Width <= MaxRuleWidth && box.Height >= MinRuleHeight)
                    rules.Add(new Rule((box.Left + box.Right) / 2, box.Bottom, box.Top));
            }
        }
        return rules;
    }

    /// <summary>The x positions of the rules that cross a line at <paramref name="baseline"/>, left to right, near-duplicates merged.</summary>
    public static List<double> Crossing(List<Rule> rules, double baseline, double size)
    {
        var xs = rules.Where(r => r.Bottom <= baseline + size * 0.3 && r.Top >= baseline + size * 0.3).Select(r => r.X).Order().ToList();
        var merged = new List<double>();
        foreach (var x in xs)
        {
            if (merged.Count == 0 || x - merged[^1] > SameX) merged.Add(x);
        }
        return merged;
    }

    /// <summary>How many rule-bounded columns lie right of the one holding <paramref name="x"/>; -1 outside the rules or without any.</summary>
    public static int ColumnFromRight(List<double> crossing, double x)
    {
        if (crossing.Count < 2 || x <= crossing[0] || x >= crossing[^1]) return -1;
        return crossing.Count(c => c > x) - 1;
    }
}
