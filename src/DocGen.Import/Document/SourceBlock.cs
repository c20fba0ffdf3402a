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

public sealed record TableCell(string Text, string Where, bool StartsRow = false);

/// <summary>What a reader made of a document; <see cref="Title"/> is the page's own title when it has one (HTML &lt;title&gt;).</summary>
public sealed record SourceDocument(IReadOnlyList<SourceBlock> Blocks, string Title = "");
