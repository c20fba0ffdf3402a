namespace DocGen.Import.Document;

/// <summary>
/// A published report reduced to what recognition needs, whatever it was read from: paragraphs
/// and table cells in reading order, each saying where it was found.
/// </summary>
public abstract record SourceBlock(string Where);

/// <summary>One line or paragraph of running text.</summary>
public sealed record Paragraph(string Text, string Where) : SourceBlock(Where);

/// <summary>
/// A run of table cells in reading order. <see cref="TableCell.StartsRow"/> is known for HTML and
/// PDF; flattened text has no row boundaries, so it is false throughout.
/// </summary>
public sealed record TableBlock(IReadOnlyList<TableCell> Cells, string Where) : SourceBlock(Where);

/// <param name="BlanksDropped">
/// The capture leaves blank cells out instead of marking them (a PDF's text, column-aligned text),
/// so a row with fewer figures than cells cannot say which cells are blank.
/// </param>
/// <param name="Unordered">
/// The capture may not keep a table's cells in row order (pdftotext without -layout sets a
/// column's figures after each other), so a row's figures count only when its totals confirm them.
/// </param>
/// <param name="RunTogether">The cell is a run of digits that holds a whole row's figures with nothing between them.</param>
public sealed record TableCell(string Text, string Where, bool StartsRow = false, bool BlanksDropped = false, bool Unordered = false, bool RunTogether = false)
{
    /// <summary>
    /// In a PDF whose table has rules: which column the cell sits in, counted from the table's right
    /// edge (0 = the last column), from the vertical rules that cross its line; -1 when unknown.
    /// </summary>
    public int ColumnFromRight { get; init; } = -1;

    /// <summary>
    /// In text a cell a line (pdftotext): the cell's line number (1-based), so that figures on
    /// adjacent lines — one of pdftotext's text blocks, a column's cells one under another — can be
    /// told from figures set apart; 0 when unknown.
    /// </summary>
    public int Line { get; init; }

    /// <summary>
    /// In column-aligned text (pdftotext -layout): where the cell's text starts on its line, in
    /// characters (form feeds not counted); -1 when unknown, or when a neighbour stands closer than
    /// pdftotext sets two of its blocks apart (the two may be one block, whose columns say nothing of x).
    /// </summary>
    public int TextColumn { get; init; } = -1;

    /// <summary>The page of column-aligned text the cell is on (form feeds before it): <see cref="TextColumn"/>s compare within a page.</summary>
    public int TextPage { get; init; }

    /// <summary>A column head of table 三 standing alone in column-aligned text (自然人 or 总计, or a character of one set upright): which.</summary>
    public string? ColumnHead { get; init; }
}

/// <summary>
/// What a reader made of a document; <see cref="Title"/> is the page's own title when it has one
/// (HTML &lt;title&gt;); <see cref="Notes"/> what the reader itself had to say (which form it read, figures it could not split).
/// </summary>
public sealed record SourceDocument(IReadOnlyList<SourceBlock> Blocks, string Title = "", IReadOnlyList<ImportNote>? Notes = null)
{
    /// <summary>The text was read by OCR from a scan: a figure counts only where the table's totals confirm it.</summary>
    public bool ReadByOcr { get; init; }
}
