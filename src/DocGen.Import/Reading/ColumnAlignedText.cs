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

    /// <summary>
    /// pdftotext sets a block that lies wholly right of another at least this many columns after
    /// the other's end (poppler's column assignment: <c>col = left.col + left.nColumns + 3</c>);
    /// within one block words stand a single space apart.
    /// </summary>
    public const int BlockGutter = 3;

    /// <summary>
    /// The same pieces as <see cref="Pieces"/> with where each starts on the line (form feeds
    /// removed), or -1 where a neighbour stands closer than <see cref="BlockGutter"/>: such a piece
    /// may share a pdftotext block with it, and a block's inner columns say nothing of x.
    /// </summary>
    public static IEnumerable<(string Text, int Column)> Placed(string line)
    {
        var text = line.Contains('\f', StringComparison.Ordinal) ? line.Replace("\f", "", StringComparison.Ordinal) : line;
        var end = text.Length;
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        var i = 0;
        var gapBefore = int.MaxValue;
        while (i < end)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            var inner = false;
            // A piece runs on over single spaces (as Pieces splits at two or more).
            while (i < end && (!char.IsWhiteSpace(text[i]) || (i + 1 < end && !char.IsWhiteSpace(text[i + 1]) && (inner = true))))
                i++;
            var after = i;
            while (after < end && char.IsWhiteSpace(text[after])) after++;
            var gapAfter = after == end ? int.MaxValue : after - i;
            var before = start == 0 || gapBefore >= BlockGutter;
            yield return (text[start..i], before && gapAfter >= BlockGutter && !inner ? start : -1);
            gapBefore = gapAfter;
        }
    }

    /// <summary>
    /// A row whose one figure pdftotext set a single space after its label, as it does when the
    /// label fills its cell ("行政事业性收费 0"): the label and the figure, or null. Only a national
    /// row label counts, so a sentence ending in a number stays a paragraph.
    /// </summary>
    public static (string Label, string Figure)? TightRow(string trimmed) =>
        trimmed.IndexOf("  ", StringComparison.Ordinal) < 0 && TrailingFigure(trimmed) is var (label, figure)
            && label.Length <= 64 && Recognition.LabelText.IsRowLabel(label) ? (label, figure) : null;

    /// <summary>A line's last word when it is a figure, and the text before it: "行政事业性收费 0" → (行政事业性收费, 0); else null.</summary>
    public static (string Label, string Figure)? TrailingFigure(string trimmed)
    {
        var space = trimmed.LastIndexOf(' ');
        if (space <= 0) return null;
        var figure = trimmed[(space + 1)..];
        return IsFigure(figure) ? (trimmed[..space].TrimEnd(), figure) : null;
    }

    /// <summary>The column head a lone piece of table 三's head names: 自然人 or 总计, whole or a character of it set upright.</summary>
    public static string? ColumnHead(string piece) => piece switch
    {
        "自然人" or "自" or "然" or "人" => "自然人",
        "总计" or "总" or "计" => "总计",
        _ => null,
    };
}
