using DocGen.Core.Layout;
using DocGen.Import.Document;
using CoreEdition = DocGen.Core.Model.Edition;

namespace DocGen.Import.Recognition;

/// <summary>
/// Tells EDITION_2019 from EDITION_2021 by the shape of table 二: the heads and labels only one
/// edition's layout prints (本年新制作数量, 上一年项目数量, the （九） block against 本年制发件数 …).
/// A head is found inside a cell too, since column-aligned and one-line captures run a table's heads
/// together ("本年制发件数 本年废止件数 现行有效件数"); a text that is part of one the other edition
/// prints (规范性文件 of 行政规范性文件) tells nothing and is not counted.
/// </summary>
public static class EditionShape
{
    private static readonly string[] Only2019 = Distinct(CoreEdition.Edition2019, CoreEdition.Edition2021);
    private static readonly string[] Only2021 = Distinct(CoreEdition.Edition2021, CoreEdition.Edition2019);

    /// <summary>The edition table 二's cells point to, or null when they point to neither.</summary>
    public static CoreEdition? Of(IReadOnlyList<TableCell> cells)
    {
        var joined = string.Join("\u0001", cells.Select(c => LabelText.Normalize(c.Text)).Where(t => t.Length > 0));
        var score2019 = Only2019.Count(t => joined.Contains(t, StringComparison.Ordinal));
        var score2021 = Only2021.Count(t => joined.Contains(t, StringComparison.Ordinal));
        return score2019 == score2021 ? null : score2019 > score2021 ? CoreEdition.Edition2019 : CoreEdition.Edition2021;
    }

    private static string[] Distinct(CoreEdition edition, CoreEdition other)
    {
        var theirs = Texts(other).ToList();
        return Texts(edition).Where(t => !theirs.Any(o => o.Contains(t, StringComparison.Ordinal))).ToArray();
    }

    private static IEnumerable<string> Texts(CoreEdition edition) =>
        NationalLayout.ActiveDisclosure(edition).Rows.SelectMany(r => r.Cells)
            .Where(c => c.Text.Length > 0)
            .Select(c => LabelText.Normalize(c.Text))
            .Distinct(StringComparer.Ordinal);
}
