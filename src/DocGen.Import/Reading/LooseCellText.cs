using DocGen.Import.Recognition;

namespace DocGen.Import.Reading;

/// <summary>
/// Text that <c>pdftotext</c> (without -layout) makes of a report PDF: a table's cells a line each,
/// blank cells left out and, where the PDF drew a column's figures one after another, not in row order.
/// </summary>
public static class LooseCellText
{
    private const int MaxLabelLength = 40;

    /// <summary>Many lines that hold a figure and nothing else.</summary>
    public static bool Detect(IReadOnlyList<string> lines) =>
        lines.Count(l => ColumnAlignedText.IsFigure(l)) >= 20;

    public static bool IsShortLabel(string trimmed) =>
        trimmed.Length is > 0 and <= MaxLabelLength && !trimmed.Contains('。') && !trimmed.Contains('，') && !Headings.IsNationalHeading(trimmed);

    /// <summary>
    /// A row's label with its figure on the same line, as pdftotext sets a one-cell row whose figure
    /// sits close beside its label ("行政事业性收费 0"): the label and the figure, else null.
    /// </summary>
    public static (string Label, string Figure)? LabelAndFigure(string trimmed) =>
        ColumnAlignedText.TrailingFigure(trimmed) is var (label, figure) && IsShortLabel(label) && LabelText.IsRowLabelOrItsStart(label)
            ? (label, figure) : null;

    /// <summary>A lone figure, or a short label within three lines of one.</summary>
    public static bool IsCell(IReadOnlyList<string> lines, int i)
    {
        var trimmed = lines[i].Trim();
        if (ColumnAlignedText.IsFigure(trimmed)) return true;
        if (!IsShortLabel(trimmed)) return false;
        for (var k = Math.Max(0, i - 3); k < Math.Min(lines.Count, i + 4); k++)
        {
            if (k != i && ColumnAlignedText.IsFigure(lines[k].Trim())) return true;
        }
        return false;
    }
}
