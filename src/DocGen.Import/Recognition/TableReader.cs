using System.Globalization;
using DocGen.Core.Layout;
using DocGen.Import.Document;
using DocGen.Protos.V1;

namespace DocGen.Import.Recognition;

/// <summary>
/// Reads one national table out of cells in reading order, walking the layout's value rows in
/// print order: a row's label is its last row-header cell, its figures the cells after that label
/// up to the next text. The row with no label (table 四's) starts at the first figure.
/// Cells of a head or of a row the layout does not know are passed over.
/// </summary>
public static class TableReader
{
    private const string NotApplicableNote = "“{0}” means not applicable; the field is left out";

    public static void Read(TableLayout layout, IReadOnlyList<TableCell> cells, AnnualReport report, List<ImportNote> notes)
    {
        var values = cells.Select(c => CellValue.Read(c.Text)).ToArray();
        var cursor = 0;
        foreach (var row in layout.Rows)
        {
            var bindings = row.Cells.Where(c => c.Binding is not null).Select(c => c.Binding!).ToArray();
            if (bindings.Length == 0) continue;
            var label = row.Cells.LastOrDefault(c => c.Role == CellRole.RowHeader)?.Text;
            var rowName = label ?? "figures";
            var start = label is null ? FirstFigure(values, cursor) : FindLabel(cells, cursor, label);
            if (start < 0)
            {
                foreach (var binding in bindings)
                    notes.Add(new(binding.Path, "", layout.Caption, $"row {rowName} not found; the field is left out"));
                continue;
            }

            var i = start;
            var taken = new List<int>();
            while (i < cells.Count && taken.Count < bindings.Length && values[i].Kind != CellValueKind.Text)
            {
                if (taken.Count > 0 && cells[i].StartsRow) break;
                taken.Add(i++);
            }
            for (var k = 0; k < bindings.Length; k++)
            {
                if (k < taken.Count)
                    Assign(bindings[k], cells[taken[k]], values[taken[k]], Where(layout, rowName, cells[taken[k]]), report, notes);
                else
                    notes.Add(new(bindings[k].Path, "", Where(layout, rowName, cells[Math.Min(start, cells.Count - 1)]),
                        "no figure in this row's cell; the field is left out"));
            }
            // Figures beyond the row's cells (a stray cell in a pasted Word table) are reported, not shifted in.
            var extra = i;
            while (extra < cells.Count && values[extra].Kind is CellValueKind.Number && !(cells[extra].StartsRow)) extra++;
            if (extra > i)
                notes.Add(new(bindings[^1].Path, string.Join(" ", cells.Skip(i).Take(extra - i).Select(c => c.Text)),
                    Where(layout, rowName, cells[i]), $"{extra - i} more figure(s) than the row has cells; ignored"));
            cursor = Math.Max(extra, i);
        }
    }

    private static int FirstFigure(CellValue[] values, int from)
    {
        for (var i = from; i < values.Length; i++)
        {
            if (values[i].Kind is CellValueKind.Number or CellValueKind.NotApplicable) return i;
        }
        return -1;
    }

    /// <summary>The cell after the label's, or -1. A label split over cells (a PDF's lines) is joined back.</summary>
    private static int FindLabel(IReadOnlyList<TableCell> cells, int from, string label)
    {
        for (var i = from; i < cells.Count; i++)
        {
            var text = cells[i].Text;
            if (LabelText.Matches(text, label)) return i + 1;
            if (!LabelText.StartsLabel(text, label)) continue;
            // Join following text cells until the label is whole. Between its pieces may sit the
            // row's figures (set mid-height) and pieces of a neighbouring cell (a group label set
            // beside it); those are passed over.
            var joined = text;
            var figuresAt = -1;
            var passed = 0;
            for (var j = i + 1; j < cells.Count && j < i + 40 && passed <= 6; j++)
            {
                var value = CellValue.Read(cells[j].Text);
                if (value.Kind != CellValueKind.Text)
                {
                    if (figuresAt < 0 && value.Kind != CellValueKind.Empty) figuresAt = j;
                    continue;
                }
                var candidate = joined + cells[j].Text;
                if (LabelText.Matches(candidate, label)) return figuresAt >= 0 ? figuresAt : j + 1;
                if (LabelText.StartsLabel(candidate, label)) joined = candidate;
                else passed++;
            }
            return figuresAt >= 0 ? figuresAt : i + 1;
        }
        return -1;
    }

    private static void Assign(ValueBinding binding, TableCell cell, CellValue value, string where, AnnualReport report, List<ImportNote> notes)
    {
        var isTotal = binding.Path.EndsWith(".total", StringComparison.Ordinal);
        switch (value.Kind)
        {
            case CellValueKind.Number when Fits(binding.Kind, value.Number):
                ReportFieldWriter.Set(report, binding.Path, value.Number);
                break;
            case CellValueKind.Number:
                notes.Add(new(binding.Path, cell.Text, where, $"not a {Describe(binding.Kind)}; the field is left out"));
                break;
            case CellValueKind.Empty when isTotal:
                notes.Add(new(binding.Path, "", where, "总计 left empty; it is computed from the row"));
                break;
            case CellValueKind.Empty:
                ReportFieldWriter.Set(report, binding.Path, 0);
                notes.Add(new(binding.Path, "", where, "empty cell read as 0"));
                break;
            case CellValueKind.NotApplicable:
                notes.Add(new(binding.Path, cell.Text, where, string.Format(CultureInfo.InvariantCulture, NotApplicableNote, cell.Text)));
                break;
        }
    }

    private static bool Fits(ValueKind kind, decimal number) => kind switch
    {
        // A negative count is read as printed: validation reports it (NEGATIVE_COUNT), the import does not hide it.
        ValueKind.Count or ValueKind.SignedCount => decimal.Truncate(number) == number && number <= long.MaxValue && number >= long.MinValue,
        _ => number >= 0,
    };

    private static string Describe(ValueKind kind) => kind switch
    {
        ValueKind.Count or ValueKind.SignedCount => "whole number",
        _ => "amount ≥ 0",
    };

    private static string Where(TableLayout layout, string row, TableCell cell) => $"{layout.Caption}, row {row}, {cell.Where}";
}
