using System.Globalization;
using DocGen.Core.Layout;
using DocGen.Import.Document;

namespace DocGen.Import.Recognition.Tables;

/// <summary>
/// One cell's value into its field, or a note saying why not: empty as 0 (noted), an empty 总计
/// left to be computed, 元 converted to 万元, “/” and non-numbers left out.
/// </summary>
public static class CellWriter
{
    private const string NotApplicableNote = "“{0}” means not applicable; the field is left out";

    public static void Assign(TableContext table, ValueBinding binding, TableCell cell, CellValue value, string where)
    {
        var report = table.Report;
        var isTotal = binding.Path.EndsWith(".total", StringComparison.Ordinal);
        switch (value.Kind)
        {
            case CellValueKind.Number when value.Unit == "元" && binding.Kind == ValueKind.Amount && value.Number >= 0:
                // The tables state amounts in 万元; a cell printed in 元 is converted, and says so.
                var wan = value.Number / 10_000m;
                table.Set(binding.Path, wan);
                table.Note(binding.Path, cell.Text, where, $"printed in 元; read as {wan.ToString("0.############", CultureInfo.InvariantCulture)} 万元");
                break;
            case CellValueKind.Number when value.Unit is "元" or "万元" && binding.Kind != ValueKind.Amount:
                table.Note(binding.Path, cell.Text, where, "an amount where a count belongs; the field is left out");
                break;
            case CellValueKind.Number when Fits(binding.Kind, value.Number):
                table.Set(binding.Path, value.Number);
                break;
            case CellValueKind.Number:
                table.Note(binding.Path, cell.Text, where, $"not a {Describe(binding.Kind)}; the field is left out");
                break;
            case CellValueKind.Empty when isTotal:
                table.Note(binding.Path, "", where, "总计 left empty; it is computed from the row");
                break;
            case CellValueKind.Empty:
                table.Set(binding.Path, 0);
                table.Note(binding.Path, "", where, "empty cell read as 0");
                break;
            case CellValueKind.NotApplicable:
                table.Note(binding.Path, cell.Text, where, string.Format(CultureInfo.InvariantCulture, NotApplicableNote, cell.Text));
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
}
