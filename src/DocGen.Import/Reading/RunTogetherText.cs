using System.Text;
using DocGen.Core.Layout;
using DocGen.Import.Document;
using DocGen.Import.Recognition;

namespace DocGen.Import.Reading;

/// <summary>
/// A page captured as one line with every cell run into the next ("行政规范性文件6233440…"), as
/// crawlers store innerText. The line is cut at the national section headings into paragraphs; in
/// the table sections each run of digits becomes one cell marked <see cref="TableCell.RunTogether"/>,
/// split into figures later only where the row's totals allow exactly one split.
/// </summary>
public static class RunTogetherText
{
    private const int MinLineLength = 800;

    /// <summary>A crawler may put the page's fields before its text, a short line each ("标题: …", "发布时间: …").</summary>
    private const int MaxFieldLines = 12, MaxFieldLineLength = 160;

    public static bool Detect(IReadOnlyList<string> lines)
    {
        var full = lines.Where(l => l.Trim().Length > 0).ToList();
        return full.Count is > 0 and <= 3 && full.Max(l => l.Length) >= MinLineLength
            && NationalLayout.SectionHeadings.Count(h => full.Any(l => l.Contains(h, StringComparison.Ordinal))) >= 3
            || FieldLinesBefore(full) >= 0;
    }

    /// <summary>
    /// How many short field lines stand before the page's text when the last line is the whole text
    /// in one line (three national headings or more in it), or -1.
    /// </summary>
    private static int FieldLinesBefore(List<string> full)
    {
        if (full.Count is < 2 or > MaxFieldLines + 1) return -1;
        var text = full[^1];
        if (text.Length < MinLineLength || NationalHeadings(text) < 3 && NumberedLineText.Headings(text).Count == 0) return -1;
        return full.Take(full.Count - 1).All(l => l.Trim().Length <= MaxFieldLineLength) ? full.Count - 1 : -1;
    }

    public static SourceDocument Read(IReadOnlyList<string> lines, ReadingContext context)
    {
        var blocks = new List<SourceBlock>();
        var full = lines.Where(l => l.Trim().Length > 0).ToList();
        var fields = full.Count > 3 ? FieldLinesBefore(full) : -1;
        for (var f = 0; f < fields; f++) blocks.Add(new Paragraph(full[f].Trim(), $"the capture's field line {f + 1}"));
        var text = fields > 0 ? full[^1].Trim() : string.Join("", lines.Select(l => l.Trim()));
        if (NationalHeadings(text) < 3) return Legacy(text, blocks);
        // Heading positions, in order.
        var cuts = new List<(int At, int Length, int Section)>();
        var notes = new List<ImportNote>();
        var from = 0;
        for (var k = 0; k < NationalLayout.SectionHeadings.Count; k++)
        {
            var heading = NationalLayout.SectionHeadings[k];
            var (at, length) = (text.IndexOf(heading, from, StringComparison.Ordinal), heading.Length);
            if (at < 0)
            {
                (at, length) = Misprinted(text, heading, from);
                if (at < 0) continue;
                notes.Add(new("", text.Substring(at, length), "the line", $"heading printed as «{text.Substring(at, length)}»; read as {heading}"));
            }
            cuts.Add((at, length, k));
            from = at + length;
        }
        if (cuts.Count == 0) return new SourceDocument(blocks);
        AddHead(text[..cuts[0].At], blocks);
        for (var c = 0; c < cuts.Count; c++)
        {
            context.Budget.Check();
            var heading = NationalLayout.SectionHeadings[cuts[c].Section];
            var start = cuts[c].At + cuts[c].Length;
            var end = c + 1 < cuts.Count ? cuts[c + 1].At : text.Length;
            var where = $"the line, section {heading[..1]}";
            blocks.Add(new Paragraph(heading, where));
            var body = text[start..end];
            if (cuts[c].Section is 1 or 2 or 3) blocks.Add(new TableBlock(Cells(body, where, context.Budget), $"the table of section {heading[..1]}"));
            else if (body.Length > 0) blocks.Add(new Paragraph(body, where));
        }
        return new SourceDocument(blocks, Notes: [new("", "", "the document", "read as a one-line capture with the cells run together: a run of digits is split only where the row's totals, or the table's 勾稽 rules, allow exactly one split"), .. notes]);
    }

    /// <summary>At most this many places where a heading's number (四、) stands are compared with the heading.</summary>
    private const int MaxMisprintCandidates = 64;

    /// <summary>
    /// A heading printed with one character added, dropped or changed (平潭 2022's
    /// 四、政府信息公开行政法复议、行政诉讼情况), where its number stands; (-1, 0) when none is.
    /// </summary>
    private static (int At, int Length) Misprinted(string text, string heading, int from)
    {
        var number = heading[..(heading.IndexOf('、') + 1)];
        var at = from;
        for (var tried = 0; tried < MaxMisprintCandidates; tried++)
        {
            at = text.IndexOf(number, at, StringComparison.Ordinal);
            if (at < 0) break;
            foreach (var length in new[] { heading.Length, heading.Length + 1, heading.Length - 1 })
                if (at + length <= text.Length && WithinOneEdit(text.AsSpan(at, length), heading)) return (at, length);
            at += number.Length;
        }
        return (-1, 0);
    }

    private static bool WithinOneEdit(ReadOnlySpan<char> printed, string heading)
    {
        int i = 0, j = 0, edits = 0;
        while (i < printed.Length && j < heading.Length)
        {
            if (printed[i] == heading[j]) { i++; j++; continue; }
            if (++edits > 1) return false;
            if (printed.Length > heading.Length) i++;
            else if (printed.Length < heading.Length) j++;
            else { i++; j++; }
        }
        return edits + (printed.Length - i) + (heading.Length - j) <= 1;
    }

    private static int NationalHeadings(string text) => NationalLayout.SectionHeadings.Count(h => text.Contains(h, StringComparison.Ordinal));

    /// <summary>A LEGACY report in one line: paragraphs cut at its own numbered headings.</summary>
    private static SourceDocument Legacy(string text, List<SourceBlock> blocks)
    {
        var headings = NumberedLineText.Headings(text);
        if (headings.Count == 0) return new SourceDocument(blocks);
        AddHead(text[..headings[0].At], blocks);
        for (var h = 0; h < headings.Count; h++)
        {
            var (at, length) = headings[h];
            var end = h + 1 < headings.Count ? headings[h + 1].At : text.Length;
            var where = $"the line, section {text[at]}";
            blocks.Add(new Paragraph(text.Substring(at, length), where));
            if (end > at + length) blocks.Add(new Paragraph(text[(at + length)..end], where));
        }
        return new SourceDocument(blocks, Notes: [new("", "", "the document", "read as a one-line capture: the line is cut at its numbered headings (一、 二、 …) found in sequence")]);
    }

    /// <summary>The text before 一: the title runs into what follows it, so it is cut after the first "…年度报告".</summary>
    private static void AddHead(string head, List<SourceBlock> blocks)
    {
        var titleEnd = head.IndexOf("年度报告", StringComparison.Ordinal);
        if (titleEnd > 0)
        {
            blocks.Add(new Paragraph(head[..(titleEnd + 4)], "the line, the title"));
            head = head[(titleEnd + 4)..];
        }
        if (head.Length > 0) blocks.Add(new Paragraph(head, "the line, before 一"));
    }

    /// <summary>Label text and digit runs, in order. A digit before "." or "、" and a character is the next label's enumerator (…0001.本机关…).</summary>
    private static List<TableCell> Cells(string body, string where, ImportBudget budget)
    {
        var cells = new List<TableCell>();
        var label = new StringBuilder();
        var i = 0;
        while (i < body.Length)
        {
            if ((i & 255) == 0) budget.Check();
            if (!char.IsAsciiDigit(body[i]))
            {
                label.Append(body[i++]);
                continue;
            }
            var end = i;
            while (end < body.Length && (char.IsAsciiDigit(body[end]) || (body[end] == '.' && end + 1 < body.Length && char.IsAsciiDigit(body[end + 1])))) end++;
            var unit = body.AsSpan(end).StartsWith("万元") ? 2 : body.AsSpan(end).StartsWith("元") ? 1 : 0;
            if (unit > 0)
            {
                Flush();
                budget.CountBlock();
                cells.Add(new TableCell(body[i..(end + unit)], where, BlanksDropped: true));
                i = end + unit;
                continue;
            }
            var enumerator = end < body.Length - 1 && body[end] is '.' or '、' or '．' && !char.IsAsciiDigit(body[end + 1]);
            var digitsEnd = enumerator ? end - 1 : end;
            if (digitsEnd > i)
            {
                Flush();
                budget.CountBlock();
                cells.Add(new TableCell(body[i..digitsEnd], where, StartsRow: false, BlanksDropped: true, RunTogether: true));
            }
            label.Append(body, digitsEnd, end - digitsEnd);
            i = end;
        }
        Flush();
        return cells;

        void Flush()
        {
            if (label.Length == 0) return;
            budget.CountBlock();
            cells.Add(new TableCell(label.ToString(), where, StartsRow: true, BlanksDropped: true));
            label.Clear();
        }
    }
}
