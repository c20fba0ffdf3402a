namespace DocGen.RichText;

/// <summary>A block of a <see cref="RichDocument"/>: the only shapes the allowlist admits.</summary>
public abstract record Block
{
    /// <summary>True when the block shows no text at all.</summary>
    public abstract bool IsEmpty { get; }

    internal static bool IsBlank(IReadOnlyList<Inline> inlines) =>
        inlines.All(i => i is not Run r || string.IsNullOrWhiteSpace(r.Text));
}

public sealed record Paragraph(IReadOnlyList<Inline> Inlines) : Block
{
    public override bool IsEmpty => IsBlank(Inlines);
}

/// <summary>One list entry. Nested lists are flattened into their parent item, one line each.</summary>
public sealed record ListItem(IReadOnlyList<Inline> Inlines);

public sealed record ListBlock(bool Ordered, IReadOnlyList<ListItem> Items) : Block
{
    public override bool IsEmpty => Items.All(i => IsBlank(i.Inlines));
}

/// <summary>A cell of a simple table: no spans, no styles. <see cref="IsHeader"/> for &lt;th&gt;.</summary>
public sealed record TableCell(IReadOnlyList<Inline> Inlines, bool IsHeader = false);

public sealed record TableRow(IReadOnlyList<TableCell> Cells);

public sealed record TableBlock(IReadOnlyList<TableRow> Rows) : Block
{
    public override bool IsEmpty => Rows.All(r => r.Cells.All(c => IsBlank(c.Inlines)));

    /// <summary>The widest row's cell count (rows may be ragged, as CMS tables often are).</summary>
    public int ColumnCount => Rows.Count == 0 ? 0 : Rows.Max(r => r.Cells.Count);
}
