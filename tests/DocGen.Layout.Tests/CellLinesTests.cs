using DocGen.Layout;
using DocGen.Layout.Tests.Support;

namespace DocGen.Layout.Tests;

public class CellLinesTests
{
    private static string[] Lines(string text, CellKind kind, double characters)
    {
        var cell = new TableCellSpec(TestText.Atoms(text), kind);
        return CellLines.Break(cell, characters * TestText.Size)
            .Select(l => string.Concat(cell.Atoms.Skip(l.Start).Take(l.End - l.Start).Select(a => a.Text))).ToArray();
    }

    [Theory]
    [InlineData("（三）不予公开", 6, "（三）|不予公开")]
    [InlineData("（六）其他处理", 4, "（六）|其他处理")]
    [InlineData("（二）部分公开（区分处理的）", 12, "（二）|部分公开（区分处理的）")]
    [InlineData("（二）部分公开（区分处理的）", 9, "（二）部分公开（区|分处理的）")] // after （二） it would take three lines
    [InlineData("其他处理", 3, "其他|处理")]
    [InlineData("本年新收政府信息公开申请数量", 20, "本年新收政府信息公开申请数量")]
    public void Break_Label_BalancedOrBrokenAfterItsNumber(string text, double characters, string expected)
    {
        Assert.Equal(expected.Split('|'), Lines(text, CellKind.Label, characters));
    }

    [Fact]
    public void Break_Figure_NotBalanced()
    {
        Assert.Equal(["12345", "6"], Lines("12345 6", CellKind.Value, 5));
    }
}
