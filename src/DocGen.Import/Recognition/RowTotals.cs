using DocGen.Core.Layout;

namespace DocGen.Import.Recognition;

/// <summary>
/// Whether a row's figures confirm themselves: each run of cells ending in a 总计 sums to it
/// (table 三's row; table 四's three groups). A row without a 总计 has nothing to confirm it.
/// </summary>
public static class RowTotals
{
    public static bool Confirm(IReadOnlyList<ValueBinding> bindings, IReadOnlyList<CellValue> values)
    {
        var groups = 0;
        decimal sum = 0;
        for (var k = 0; k < bindings.Count; k++)
        {
            var value = values[k].Kind switch
            {
                CellValueKind.Number => values[k].Number,
                CellValueKind.Empty => 0,
                _ => (decimal?)null,
            };
            if (value is null) return false;
            if (bindings[k].Path.EndsWith(".total", StringComparison.Ordinal))
            {
                if (sum != value) return false;
                groups++;
                sum = 0;
            }
            else
            {
                sum += value.Value;
            }
        }
        return groups > 0 && sum == 0;
    }
}
