namespace DocGen.Core.Layout;

/// <summary>
/// A row of a national table: its cells left to right, leaving out the slots that a cell from
/// a row above covers with its rowspan (as HTML does).
/// </summary>
public sealed record LayoutRow(IReadOnlyList<LayoutCell> Cells);
