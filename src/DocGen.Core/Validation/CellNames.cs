using System.Collections.Concurrent;
using DocGen.Core.Layout;
using DocGen.Core.Model;

namespace DocGen.Core.Validation;

/// <summary>
/// How findings name a value cell for the person who typed it: 表二「规章」行「本年制发件数」.
/// Tables 三 and 四 take their labels from their catalogs; table 二 from its grid (the row's
/// label on the left, the nearest column label above), so no label is spelled here.
/// </summary>
internal static class CellNames
{
    private static readonly ConcurrentDictionary<Edition, IReadOnlyDictionary<string, string>> Cache = new();

    /// <summary>Name by contract path, for every value cell of the edition's tables.</summary>
    public static IReadOnlyDictionary<string, string> For(Edition edition) => Cache.GetOrAdd(edition, Build);

    private static IReadOnlyDictionary<string, string> Build(Edition edition)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var grid = TableGrid.Expand(NationalLayout.ActiveDisclosure(edition));
        foreach (var placed in grid.Cells.Where(c => c.Cell.Binding is not null))
        {
            var rowLabel = grid.At(placed.Row, 0).Cell.Text;
            var columnLabel = Enumerable.Range(0, placed.Row).Reverse()
                .Select(r => grid.At(r, placed.Column).Cell)
                .First(c => c.Role == CellRole.ColumnHeader).Text;
            names[placed.Cell.Binding!.Path] = $"表二「{rowLabel}」行「{columnLabel}」";
        }
        foreach (var row in ApplicationRows.For(edition))
        {
            foreach (var column in ApplicantColumns.All)
            {
                names[row.PathOf(column)] = $"表三「{row.DisplayName}」行「{column.Header}」";
            }
        }
        foreach (var group in ReviewLitigationColumns.Groups)
        {
            foreach (var outcome in ReviewLitigationColumns.Outcomes)
            {
                names[group.PathOf(outcome)] = $"表四「{ReviewLitigationColumns.DisplayName(group)}」「{outcome.Header}」";
            }
        }
        return names;
    }
}
