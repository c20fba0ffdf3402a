using DocGen.Import.Document;
using DocGen.Import.Recognition;

namespace DocGen.Import.Reading;

/// <summary>
/// A report's text as archives hold it, in whichever form it was captured:
/// <list type="bullet">
/// <item>line-per-cell text (a page-to-text extraction): paragraphs a line, table cells one a line
/// with " |" after each; a line of bare "|" marks holds one empty cell per mark;</item>
/// <item>markdown pipe tables, and crawlers' rows without the leading bar (<see cref="PipeTableText"/>);</item>
/// <item>column-aligned text from <c>pdftotext -layout</c> (<see cref="ColumnAlignedText"/>);</item>
/// <item>one-cell-per-line text from <c>pdftotext</c> (<see cref="LooseCellText"/>);</item>
/// <item>a one-line capture with the cells run together (<see cref="RunTogetherText"/>).</item>
/// </list>
/// </summary>
public static class TextDocumentReader
{
    public static SourceDocument Read(string text, ReadingContext context)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        if (RunTogetherText.Detect(lines)) return RunTogetherText.Read(lines, context);
        var aligned = ColumnAlignedText.Detect(lines);
        var loose = !aligned && LooseCellText.Detect(lines);
        var blocks = new List<SourceBlock>();
        var notes = new List<ImportNote>();
        var lastLine = Array.FindLastIndex(lines, l => l.Trim().Length > 0);
        List<TableCell>? table = null;
        var tableStart = 0;
        var lastWasCell = false;
        var page = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            context.Budget.Check();
            var where = $"line {i + 1}";
            var trimmed = lines[i].Trim();
            if (PipeTableText.IsRow(trimmed))
            {
                if (!PipeTableText.IsRule(trimmed)) Add(i, PipeTableText.Cells(trimmed, where));
                continue;
            }
            if (PipeTableText.IsOpenRow(trimmed))
            {
                var cells = PipeTableText.OpenRowCells(trimmed, where).ToList();
                if (i == lastLine && !trimmed.EndsWith('|') && cells.Count > 1)
                {
                    // The capture ends inside this row: its last cell may be cut short ("45" of "456").
                    notes.Add(new("", cells[^1].Text, where, "the text ends inside this row, so its last cell may be cut short; it is left out"));
                    cells.RemoveAt(cells.Count - 1);
                }
                Add(i, cells);
                continue;
            }
            if (trimmed.EndsWith('|'))
            {
                var bar = trimmed.IndexOf('|');
                var content = trimmed[..bar].Trim();
                Add(i, [new TableCell(content, where)]);
                // Further marks are further empty cells.
                for (var k = bar + 1; k < trimmed.Length; k++)
                {
                    if (trimmed[k] == '|') Add(i, [new TableCell("", where)]);
                }
                continue;
            }
            page += lines[i].Count(c => c == '\f');
            if (aligned && trimmed.Length > 0 && !Headings.IsNationalHeading(trimmed)
                && ColumnAlignedText.Pieces(trimmed) is { } pieces && pieces.Skip(1).Any(ColumnAlignedText.IsFigure))
            {
                // Where each piece stands on the line: which column a figure is in, when its row drops blank cells (AlignedColumns).
                Add(i, ColumnAlignedText.Placed(lines[i]).Select((p, k) => new TableCell(p.Text, where, StartsRow: k == 0, BlanksDropped: true)
                { TextColumn = p.Column, TextPage = page }));
                lastWasCell = true;
                continue;
            }
            if (aligned && ColumnAlignedText.TightRow(trimmed) is var (label, figure))
            {
                // Set a space apart, the two may be one pdftotext block: the figure carries no column.
                Add(i, [new TableCell(label, where, StartsRow: true, BlanksDropped: true), new TableCell(figure, where, BlanksDropped: true)]);
                lastWasCell = true;
                continue;
            }
            if (aligned && !lastWasCell && trimmed.Length > 0 && ColumnAlignedText.Placed(lines[i])
                    .Where(p => p.Column >= 0 && ColumnAlignedText.ColumnHead(p.Text) is not null).ToList() is { Count: > 0 } heads)
            {
                // A line of table 三's head: where 自然人 and 总计 stand tells the columns of the rows below.
                Close();
                Add(i, heads.Select(h => new TableCell("", where) { TextColumn = h.Column, TextPage = page, ColumnHead = ColumnAlignedText.ColumnHead(h.Text) }));
                Close();
            }
            if (aligned && lastWasCell && (LooseCellText.IsShortLabel(trimmed) || LabelText.IsRowLabelOrItsStart(trimmed)))
            {
                // A row whose cells are all blank: its label alone on the line.
                Add(i, [new TableCell(trimmed, where, StartsRow: true, BlanksDropped: true)]);
                continue;
            }
            if (loose && LooseCellText.LabelAndFigure(trimmed) is { } labelled)
            {
                Add(i, [new TableCell(labelled.Label, where, StartsRow: true, BlanksDropped: true, Unordered: true) { Line = i + 1 },
                    new TableCell(labelled.Figure, where, BlanksDropped: true, Unordered: true) { Line = i + 1 }]);
                continue;
            }
            if (loose && LooseCellText.IsCell(lines, i))
            {
                Add(i, [new TableCell(trimmed, where, StartsRow: !ColumnAlignedText.IsFigure(trimmed), BlanksDropped: true, Unordered: true) { Line = i + 1 }]);
                continue;
            }
            if (trimmed.Length == 0 && (aligned || loose)) continue;
            if (!aligned && !loose && ColumnAlignedText.TightRow(trimmed) is var (rowLabel, rowFigure))
            {
                // A converter's one-cell row as a text line beside its table ("行政许可 97"): the line is the row.
                Close();
                Add(i, [new TableCell(rowLabel, where, StartsRow: true, BlanksDropped: true), new TableCell(rowFigure, where, BlanksDropped: true)]);
                Close();
                lastWasCell = false;
                continue;
            }
            Close();
            lastWasCell = false;
            if (trimmed.Length == 0) continue;
            context.Budget.CountBlock();
            blocks.Add(new Paragraph(PipeTableText.WithoutHeadingMarks(trimmed), where));
        }
        Close();
        if (aligned) notes.Add(new("", "", "the document", "read as column-aligned text (pdftotext -layout): a row with blank cells is placed only where the columns pdftotext set its figures in, and the table's 勾稽 rules, allow one way"));
        if (loose) notes.Add(new("", "", "the document", "read as text a cell a line (pdftotext): a table whose figures fill its cells is read in bands of rows where the text's blocks, labels, totals and 勾稽 rules leave one reading; in a table with blank cells (which this text drops) a row's figures are kept only when its totals confirm them"));
        return new SourceDocument(blocks, Notes: notes);

        void Add(int line, IEnumerable<TableCell> cells)
        {
            if (table is null)
            {
                table = [];
                tableStart = line + 1;
            }
            foreach (var cell in cells)
            {
                context.Budget.CountBlock();
                table.Add(cell);
            }
        }

        void Close()
        {
            if (table is { Count: > 0 }) blocks.Add(new TableBlock(table, $"the table from line {tableStart}"));
            table = null;
        }
    }
}
