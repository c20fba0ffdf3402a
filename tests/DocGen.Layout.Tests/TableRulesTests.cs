using DocGen.Layout;

namespace DocGen.Layout.Tests;

public class TableRulesTests
{
    [Fact]
    public void Of_TwoByTwoGrid_OneRulePerLine()
    {
        Box[] cells = [new(0, 0, 10, 10), new(10, 0, 10, 10), new(0, 10, 10, 10), new(10, 10, 10, 10)];

        var rules = TableRules.Of(cells);

        Assert.Equal(
        [
            new Rule(0, 0, 20, 0), new Rule(0, 10, 20, 10), new Rule(0, 20, 20, 20), // horizontal, top to bottom
            new Rule(0, 0, 0, 20), new Rule(10, 0, 10, 20), new Rule(20, 0, 20, 20), // vertical, left to right
        ], rules);
    }

    [Fact]
    public void Of_CellSpanningTwoColumns_InnerLineStopsBelowIt()
    {
        Box[] cells = [new(0, 0, 20, 10), new(0, 10, 10, 10), new(10, 10, 10, 10)];

        var rules = TableRules.Of(cells);

        Assert.Contains(new Rule(10, 10, 10, 20), rules);
        Assert.DoesNotContain(rules, r => r.X1 == 10 && r.Y1 < 10);
    }

    [Fact]
    public void Of_EdgesApartByASumsRoundingError_Joined()
    {
        // 0.1 + 0.2 != 0.3: a row top summed from heights still meets the edge above it.
        Box[] cells = [new(0, 0, 10, 0.1 + 0.2), new(0, 0.3, 10, 5)];

        var rules = TableRules.Of(cells);

        Assert.Single(rules, r => r.X1 == 0 && r.X2 == 0);
    }

    [Fact]
    public void Of_IrregularGrid_CoversEveryCellEdgeAndNothingElse()
    {
        // Table 三's shape in small: a label spanning three rows, a sub-label spanning two, figures.
        Box[] cells =
        [
            new(0, 0, 30, 10), new(30, 0, 10, 10), new(40, 0, 10, 10),
            new(0, 10, 10, 30), new(10, 10, 20, 20), new(30, 10, 10, 10), new(40, 10, 10, 10),
            new(30, 20, 10, 10), new(40, 20, 10, 10),
            new(10, 30, 20, 10), new(30, 30, 10, 10), new(40, 30, 10, 10),
        ];

        var rules = TableRules.Of(cells);

        static bool OnEdge(Box b, double x, double y) =>
            ((y == b.Y || y == b.Bottom) && x >= b.X && x <= b.Right) || ((x == b.X || x == b.Right) && y >= b.Y && y <= b.Bottom);
        static bool OnRule(Rule r, double x, double y) =>
            x >= Math.Min(r.X1, r.X2) && x <= Math.Max(r.X1, r.X2) && y >= Math.Min(r.Y1, r.Y2) && y <= Math.Max(r.Y1, r.Y2);
        for (var x = 0.0; x <= 50; x += 0.5)
            for (var y = 0.0; y <= 40; y += 0.5)
                Assert.True(cells.Any(b => OnEdge(b, x, y)) == rules.Any(r => OnRule(r, x, y)), $"({x}, {y})");
        Assert.Equal(5 + 5, rules.Count); // one rule per line: y = 0, 10, 20 (right of the label), 30, 40; x = 0, 10 (below the head), 30, 40, 50
    }
}
