using DocGen.Import.Document;

namespace DocGen.Import.Reading;

/// <summary>
/// The plain text of a report page as a page-to-text extraction gives it: one paragraph a line,
/// tables flattened one cell a line with " |" after each cell. A line of bare "|" marks holds one
/// empty cell per mark (the slots a spanning cell covers, or cells left empty).
/// </summary>
public static class TextDocumentReader
{
    public static SourceDocument Read(string text, ReadingContext context)
    {
        var blocks = new List<SourceBlock>();
        List<TableCell>? table = null;
        var tableStart = 0;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            context.Budget.Check();
            var line = lines[i].TrimEnd('\r');
            var where = $"line {i + 1}";
            var trimmed = line.Trim();
            if (trimmed.EndsWith('|'))
            {
                if (table is null)
                {
                    table = [];
                    tableStart = i + 1;
                }
                var bar = trimmed.IndexOf('|');
                var content = trimmed[..bar].Trim();
                var marks = trimmed[bar..];
                if (content.Length > 0 || marks.Length > 0)
                {
                    context.Budget.CountBlock();
                    table.Add(new TableCell(content, where));
                    // Further marks are further empty cells.
                    for (var k = 1; k < marks.Length; k++)
                    {
                        if (marks[k] != '|') continue;
                        context.Budget.CountBlock();
                        table.Add(new TableCell("", where));
                    }
                }
                continue;
            }
            Close();
            if (trimmed.Length == 0) continue;
            context.Budget.CountBlock();
            blocks.Add(new Paragraph(trimmed, where));
        }
        Close();
        return new SourceDocument(blocks);

        void Close()
        {
            if (table is { Count: > 0 }) blocks.Add(new TableBlock(table, $"the table from line {tableStart}"));
            table = null;
        }
    }
}
