using DocGen.Core.Layout;
using DocGen.Core.Model;

namespace DocGen.Tests.Shared;

/// <summary>
/// The grid national-format.md prints for each national table of an edition: one reading of the
/// spec for every test that compares a table with it.
/// </summary>
internal static class SpecTables
{
    private static readonly IReadOnlyList<SpecGrid.Block> Blocks =
        SpecGrid.Blocks(File.ReadAllText(CheckoutPaths.Shared("spec", "national-format.md")));

    public static TableGrid Grid(string tableKey, Edition edition) =>
        TableGrid.Expand(SpecGrid.Parse(tableKey, Text(tableKey, edition)));

    private static string Text(string tableKey, Edition edition) => (tableKey, edition) switch
    {
        ("active-disclosure", Edition.Edition2021) => Block("Table 二", "EDITION_2021"),
        ("active-disclosure", Edition.Edition2019) => Block("Table 二", "EDITION_2019"),
        ("applications", Edition.Edition2021) => Block("Table 三"),
        ("applications", Edition.Edition2019) => Applications2019(),
        ("review-litigation", _) => Block("Table 四"),
        _ => throw new ArgumentOutOfRangeException(nameof(tableKey), $"{tableKey} {edition}"),
    };

    private static string Block(string section, string label = "") =>
        Blocks.Single(b => b.Section.StartsWith(section, StringComparison.Ordinal) && b.Label == label).Text;

    /// <summary>The spec prints table 三 once and says in a sentence how EDITION_2019 differs; this applies it.</summary>
    private static string Applications2019()
    {
        var lines = Block("Table 三").Split('\n').ToList();
        var other = lines.FindIndex(l => l.Contains("[（六）其他处理 rs3]", StringComparison.Ordinal));
        if (other < 0) throw new InvalidOperationException("the spec's table 三 lost its （六）其他处理 rs3 row");
        lines.RemoveRange(other, 3);
        lines.Insert(other, "[（六）其他处理 cs2] n×7");
        return string.Join('\n', lines).Replace("[三、本年度办理结果 rs22]", "[三、本年度办理结果 rs20]", StringComparison.Ordinal);
    }
}
