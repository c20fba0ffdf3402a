namespace DocGen.Core.Layout;

/// <summary>
/// A national table of one edition, defined once and drawn by both the HTML and the PDF
/// renderer. The first <see cref="HeaderRowCount"/> rows are the table head: HTML puts them in
/// &lt;thead&gt;, the PDF repeats them on every page the table crosses.
/// </summary>
public sealed record TableLayout(
    string Key,
    string Caption,
    int ColumnCount,
    int HeaderRowCount,
    IReadOnlyList<LayoutRow> Rows)
{
    public int ColumnCount { get; init; } = Guard.AtLeast(ColumnCount, 1, nameof(ColumnCount));

    public int HeaderRowCount { get; init; } = Guard.Between(HeaderRowCount, 0, Rows.Count, nameof(HeaderRowCount));

    public IEnumerable<LayoutRow> HeaderRows => Rows.Take(HeaderRowCount);

    public IEnumerable<LayoutRow> BodyRows => Rows.Skip(HeaderRowCount);

    /// <summary>Every value cell's binding, in reading order.</summary>
    public IEnumerable<ValueBinding> Bindings =>
        Rows.SelectMany(r => r.Cells).Where(c => c.Binding is not null).Select(c => c.Binding!);
}
