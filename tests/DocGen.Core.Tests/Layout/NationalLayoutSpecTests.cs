using DocGen.Core.Layout;
using DocGen.Core.Model;
using DocGen.Core.Tests.Support;

namespace DocGen.Core.Tests.Layout;

/// <summary>The layout as data against the grids printed in national-format.md, slot by slot.</summary>
public class NationalLayoutSpecTests
{
    public static TheoryData<string, Edition> Tables => new()
    {
        { "active-disclosure", Edition.Edition2021 },
        { "active-disclosure", Edition.Edition2019 },
        { "applications", Edition.Edition2021 },
        { "applications", Edition.Edition2019 },
        { "review-litigation", Edition.Edition2021 },
        { "review-litigation", Edition.Edition2019 },
    };

    private static TableLayout Ours(string key, Edition edition) => key switch
    {
        "active-disclosure" => NationalLayout.ActiveDisclosure(edition),
        "applications" => NationalLayout.Applications(edition),
        _ => NationalLayout.ReviewLitigation(),
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void Layout_MatchesSpecGrid_CellForCell(string key, Edition edition)
    {
        var expected = SpecTables.Grid(key, edition);
        var actual = TableGrid.Expand(Ours(key, edition));

        Assert.Equal((expected.RowCount, expected.ColumnCount), (actual.RowCount, actual.ColumnCount));
        for (var row = 0; row < expected.RowCount; row++)
        {
            for (var column = 0; column < expected.ColumnCount; column++)
            {
                Assert.Equal(Describe(expected.At(row, column)), Describe(actual.At(row, column)));
            }
        }
    }

    [Fact]
    public void SpecGrid_ReadsSpansAndRepeats()
    {
        var table = SpecGrid.Parse("t", "[a rs2 cs2] [b]\n n cs3 (remark)\n[c] n×2");

        Assert.Equal(3, table.ColumnCount);
        Assert.Equal((2, 2), (table.Rows[0].Cells[0].RowSpan, table.Rows[0].Cells[0].ColSpan));
        Assert.Equal(3, table.Rows[1].Cells.Single().ColSpan);
        Assert.Equal(2, table.Rows[2].Cells.Count(c => c.Role == CellRole.Value));
    }

    // A slot as the notation can say it: where its cell starts, its spans, header text or "n".
    private static string Describe(PlacedCell placed) =>
        $"({placed.Row},{placed.Column}) {(placed.Cell.Role == CellRole.Value ? "n" : $"[{placed.Cell.Text}]")} cs{placed.Cell.ColSpan} rs{placed.Cell.RowSpan}";
}
