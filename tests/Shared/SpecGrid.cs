using System.Text.RegularExpressions;
using DocGen.Core.Layout;

namespace DocGen.Tests.Shared;

/// <summary>
/// Reads the spec's grid notation (national-format.md): <c>[text csK rsK]</c> is a header cell,
/// <c>n</c> a number cell (<c>n×7</c> seven of them, <c>n cs3</c> one spanning three columns),
/// and a parenthesised remark ends the line. Each line lists the cells that start in that row.
/// </summary>
internal static partial class SpecGrid
{
    /// <summary>One ``` block of the spec with the headings it sits under.</summary>
    public sealed record Block(string Section, string Label, string Text);

    public static IReadOnlyList<Block> Blocks(string markdown)
    {
        var blocks = new List<Block>();
        string section = "", label = "";
        var lines = markdown.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                (section, label) = (line[3..].Trim(), "");
            }
            else if (line.EndsWith(':') && line.StartsWith("EDITION_", StringComparison.Ordinal))
            {
                label = line.TrimEnd(':');
            }
            else if (line.StartsWith("```", StringComparison.Ordinal))
            {
                var body = new List<string>();
                for (i++; i < lines.Length && !lines[i].StartsWith("```", StringComparison.Ordinal); i++)
                {
                    body.Add(lines[i].TrimEnd('\r'));
                }
                blocks.Add(new Block(section, label, string.Join('\n', body)));
            }
        }
        return blocks;
    }

    /// <summary>The rows of a block as layout rows: header cells as column headers with their text, number cells as values.</summary>
    public static TableLayout Parse(string key, string text)
    {
        var rows = text.Split('\n').Where(l => l.Trim().Length > 0).Select(ParseLine).ToArray();
        var columns = rows[0].Cells.Sum(c => c.ColSpan);
        return new TableLayout(key, "", columns, 0, rows);
    }

    private static readonly ValueBinding Number = new("n", ValueKind.Count, _ => "");

    private static LayoutRow ParseLine(string line)
    {
        var cells = new List<LayoutCell>();
        var rest = line.Trim();
        while (rest.Length > 0)
        {
            Match m;
            if ((m = HeaderCell().Match(rest)).Success)
            {
                cells.Add(LayoutCell.Column(m.Groups["text"].Value.Trim(), Span(m, "cs"), Span(m, "rs")));
            }
            else if ((m = NumberCells().Match(rest)).Success)
            {
                var count = m.Groups["times"].Success ? int.Parse(m.Groups["times"].Value) : 1;
                cells.AddRange(Enumerable.Repeat(LayoutCell.Value(Number, Span(m, "cs")), count));
            }
            else if (rest.StartsWith('('))
            {
                break; // a remark, e.g. "(本年增/减 may be negative)"
            }
            else
            {
                throw new FormatException($"cannot read the grid notation at \"{rest}\" in line \"{line}\"");
            }
            rest = rest[m.Length..].TrimStart();
        }
        return new LayoutRow(cells);
    }

    private static int Span(Match m, string name) => m.Groups[name].Success ? int.Parse(m.Groups[name].Value) : 1;

    [GeneratedRegex(@"^\[(?<text>[^\[\]]+?)(?:\s+cs(?<cs>\d+))?(?:\s+rs(?<rs>\d+))?(?:\s+cs(?<cs>\d+))?\]")]
    private static partial Regex HeaderCell();

    [GeneratedRegex(@"^n(?:×(?<times>\d+))?(?:\s+cs(?<cs>\d+))?(?=\s|$)")]
    private static partial Regex NumberCells();
}
