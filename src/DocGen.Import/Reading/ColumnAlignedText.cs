using System.Text.RegularExpressions;
using DocGen.Import.Document;

namespace DocGen.Import.Reading;

/// <summary>
/// Column-aligned text (<c>pdftotext -layout</c>): a table row is a line whose cells are set apart
/// by runs of two or more spaces. Blank cells leave no trace but wider gaps, so a row's cells are
/// marked <see cref="TableCell.BlanksDropped"/>.
/// </summary>
public static partial class ColumnAlignedText
{
    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Gap();

    [GeneratedRegex(@"^\d[\d.,]*$")]
    private static partial Regex Figure();

    /// <summary>Whether the text is laid out in columns: several lines hold a figure after a wide gap.</summary>
    public static bool Detect(IReadOnlyList<string> lines) =>
        lines.Count(l => Gap().Split(l.Trim()) is { Length: >= 3 } parts && parts.Skip(1).Count(p => Figure().IsMatch(p)) >= 2) >= 3;

    /// <summary>The line's pieces when it has a gap in it, else null (a paragraph or a lone label).</summary>
    public static string[]? Pieces(string line)
    {
        var parts = Gap().Split(line.Trim());
        return parts.Length >= 2 ? parts : null;
    }

    public static bool IsFigure(string text) => Figure().IsMatch(text.Trim());
}
