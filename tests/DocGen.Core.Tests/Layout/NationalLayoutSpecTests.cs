using DocGen.Core.Layout;
using DocGen.Core.Model;
using DocGen.Core.Tests.Support;

namespace DocGen.Core.Tests.Layout;

/// <summary>The layout as data against the grids printed in national-format.md, slot by slot.</summary>
public class NationalLayoutSpecTests
{
    private static readonly IReadOnlyList<SpecGrid.Block> Blocks =
        SpecGrid.Blocks(SharedFiles.ReadText("spec", "national-format.md"));

    private static string SpecBlock(string sectionStartsWith, string label = "") =>
        Blocks.Single(b => b.Section.StartsWith(sectionStartsWith, StringComparison.Ordinal) && b.Label == label).Text;

    /// <summary>The spec prints table 三 once and says how EDITION_2019 differs; this applies that sentence.</summary>
    private static string Applications2019FromSpec()
    {
        var lines = SpecBlock("Table 三").Split('\n').ToList();
        var other = lines.FindIndex(l => l.Contains("[（六）其他处理 rs3]", StringComparison.Ordinal));
        Assert.True(other >= 0, "the spec's table 三 lost its （六）其他处理 rs3 row");
        lines.RemoveRange(other, 3);
        lines.Insert(other, "[（六）其他处理 cs2] n×7");
        return string.Join('\n', lines).Replace("[三、本年度办理结果 rs22]", "[三、本年度办理结果 rs20]", StringComparison.Ordinal);
    }

    public static TheoryData<string, Edition, string> Tables => new()
    {
        { "active-disclosure", Edition.Edition2021, "二 EDITION_2021" },
        { "active-disclosure", Edition.Edition2019, "二 EDITION_2019" },
        { "applications", Edition.Edition2021, "三" },
        { "applications", Edition.Edition2019, "三 EDITION_2019" },
        { "review-litigation", Edition.Edition2021, "四" },
        { "review-litigation", Edition.Edition2019, "四" },
    };

    private static string SpecText(string which) => which switch
    {
        "二 EDITION_2021" => SpecBlock("Table 二", "EDITION_2021"),
        "二 EDITION_2019" => SpecBlock("Table 二", "EDITION_2019"),
        "三" => SpecBlock("Table 三"),
        "三 EDITION_2019" => Applications2019FromSpec(),
        "四" => SpecBlock("Table 四"),
        _ => throw new ArgumentOutOfRangeException(nameof(which), which, null),
    };

    private static TableLayout Ours(string key, Edition edition) => key switch
    {
        "active-disclosure" => NationalLayout.ActiveDisclosure(edition),
        "applications" => NationalLayout.Applications(edition),
        _ => NationalLayout.ReviewLitigation(),
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void Layout_MatchesSpecGrid_CellForCell(string key, Edition edition, string specGrid)
    {
        var expected = TableGrid.Expand(SpecGrid.Parse(key, SpecText(specGrid)));
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
