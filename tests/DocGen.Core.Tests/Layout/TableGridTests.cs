using DocGen.Core.Layout;
using DocGen.Core.Model;

namespace DocGen.Core.Tests.Layout;

public class TableGridTests
{
    private static LayoutCell H(string text, int cs = 1, int rs = 1) => LayoutCell.Column(text, cs, rs);

    private static TableLayout Table(int columns, params LayoutCell[][] rows) =>
        new("t", "caption", columns, 0, rows.Select(r => new LayoutRow(r)).ToArray());

    [Fact]
    public void Expand_RowSpanFromAbove_NextCellSkipsCoveredSlot()
    {
        var grid = TableGrid.Expand(Table(3,
            [H("a", rs: 2), H("b"), H("c")],
            [H("d"), H("e")]));

        Assert.Equal((2, 3), (grid.RowCount, grid.ColumnCount));
        Assert.Equal(1, grid.Cells.Single(c => c.Cell.Text == "d").Column);
        Assert.Equal("a", grid.At(1, 0).Cell.Text);
        Assert.Equal(0, grid.At(1, 0).Row);
    }

    [Fact]
    public void Expand_ColSpan_CoversEverySlotOfTheSpan()
    {
        var grid = TableGrid.Expand(Table(3, [H("wide", cs: 2), H("x")]));

        Assert.Same(grid.At(0, 0), grid.At(0, 1));
        Assert.Equal("x", grid.At(0, 2).Cell.Text);
    }

    public static TheoryData<string, LayoutCell[][], string> BrokenTables => new()
    {
        { "hole", [[H("a"), H("b")], [H("c")]], "slot (1, 1) is covered by no cell" },
        { "too wide", [[H("a", cs: 2), H("b")]], "runs past the table's 2 columns" },
        { "rowspan past end", [[H("a", rs: 3), H("b")], [H("c")]], "spans 3 rows, past the table's last row 1" },
    };

    [Theory]
    [MemberData(nameof(BrokenTables))]
    public void Expand_BrokenSpans_ThrowsNamingTheProblem(string _, LayoutCell[][] rows, string expected)
    {
        var error = Assert.Throws<TableGridException>(() => TableGrid.Expand(Table(2, rows)));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Expand_RowSpanOverlapsColSpanBelow_ThrowsOverlap()
    {
        // b (rowspan 2) sits in column 1 of row 1, where c (colspan 2, placed first in row 1) must also go.
        var table = new TableLayout("t", "", 2, 0,
        [
            new([H("a"), H("b", rs: 2)]),
            new([H("c", cs: 2)]),
        ]);

        var error = Assert.Throws<TableGridException>(() => TableGrid.Expand(table));

        Assert.Contains("overlaps", error.Message);
    }

    [Theory]
    [InlineData(0, 1, "ColSpan")]
    [InlineData(1, 0, "RowSpan")]
    public void LayoutCell_SpanBelowOne_RejectedNamingTheField(int colSpan, int rowSpan, string field)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => H("x", colSpan, rowSpan));

        Assert.Equal(field, error.ParamName);
    }

    [Fact]
    public void TableLayout_MoreHeadRowsThanRows_RejectedNamingTheField()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new TableLayout("t", "", 1, 2, [new([H("a")])]));

        Assert.Equal("HeaderRowCount", error.ParamName);
    }

    [Theory]
    [InlineData(Edition.Edition2019)]
    [InlineData(Edition.Edition2021)]
    public void Expand_NationalTables_FillTheirGrids(Edition edition)
    {
        foreach (var table in NationalLayout.Tables(edition))
        {
            var grid = TableGrid.Expand(table);

            Assert.Equal(table.ColumnCount, grid.ColumnCount);
        }
    }
}
