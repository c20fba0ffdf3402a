using DocGen.Core.Layout;
using DocGen.Import.Document;
using CoreEdition = DocGen.Core.Model.Edition;

namespace DocGen.Import.Recognition;

/// <summary>
/// Tells EDITION_2019 from EDITION_2021 by the shape of table 二: the heads and labels only one
/// edition's layout prints (本年新制作数量, 上一年项目数量, the （九） block against 本年制发件数 …).
/// </summary>
public static class EditionShape
{
    private static readonly string[] Only2019 = Distinct(CoreEdition.Edition2019, CoreEdition.Edition2021);
    private static readonly string[] Only2021 = Distinct(CoreEdition.Edition2021, CoreEdition.Edition2019);

    /// <summary>The edition table 二's cells point to, or null when they point to neither.</summary>
    public static CoreEdition? Of(IReadOnlyList<TableCell> cells)
    {
        var texts = cells.Select(c => LabelText.Normalize(c.Text)).Where(t => t.Length > 0).ToHashSet(StringComparer.Ordinal);
        var score2019 = Only2019.Count(texts.Contains);
        var score2021 = Only2021.Count(texts.Contains);
        return score2019 == score2021 ? null : score2019 > score2021 ? CoreEdition.Edition2019 : CoreEdition.Edition2021;
    }

    private static string[] Distinct(CoreEdition edition, CoreEdition other)
    {
        var theirs = Texts(other).ToHashSet(StringComparer.Ordinal);
        return Texts(edition).Where(t => !theirs.Contains(t)).ToArray();
    }

    private static IEnumerable<string> Texts(CoreEdition edition) =>
        NationalLayout.ActiveDisclosure(edition).Rows.SelectMany(r => r.Cells)
            .Where(c => c.Text.Length > 0)
            .Select(c => LabelText.Normalize(c.Text))
            .Distinct(StringComparer.Ordinal);
}
