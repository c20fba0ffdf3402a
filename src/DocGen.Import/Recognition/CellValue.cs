using System.Globalization;

namespace DocGen.Import.Recognition;

/// <summary>What a table cell's text is, read as a figure.</summary>
public enum CellValueKind
{
    /// <summary>Nothing in the cell (Word tables leave zeros out).</summary>
    Empty,
    /// <summary>"/", "—", "-", "无": the cell does not apply.</summary>
    NotApplicable,
    /// <summary>A decimal number, full-width digits and group separators allowed.</summary>
    Number,
    /// <summary>Anything else: a label, or text that is not a figure.</summary>
    Text,
}

/// <summary>
/// A cell's text read as a figure: its kind and, for <see cref="CellValueKind.Number"/>, the value
/// and the unit printed after it ("251000元" → 251000, "元"; "" when none).
/// </summary>
public readonly record struct CellValue(CellValueKind Kind, decimal Number, string Unit = "")
{
    private static readonly string[] Units = ["万元", "元", "件", "个", "项", "次"];

    private static readonly string[] NotApplicableMarks = ["/", "—", "——", "-", "--", "–", "无", "\\", "╲", "╱"];

    public static CellValue Read(string text)
    {
        var t = LabelText.Normalize(text);
        if (t.Length == 0) return new(CellValueKind.Empty, 0);
        if (Array.IndexOf(NotApplicableMarks, t) >= 0) return new(CellValueKind.NotApplicable, 0);
        t = t.Replace(",", "", StringComparison.Ordinal).Replace("−", "-", StringComparison.Ordinal);
        var unit = Units.FirstOrDefault(u => t.Length > u.Length && t.EndsWith(u, StringComparison.Ordinal) && char.IsAsciiDigit(t[^(u.Length + 1)])) ?? "";
        t = t[..^unit.Length];
        return decimal.TryParse(t, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            && t.Length <= 30
            ? new(CellValueKind.Number, value, unit)
            : new(CellValueKind.Text, 0);
    }
}
