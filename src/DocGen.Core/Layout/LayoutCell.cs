namespace DocGen.Core.Layout;

/// <summary>
/// One cell of a national table as the format prints it. Header cells carry their
/// <see cref="Text"/>; value cells carry a <see cref="Binding"/> and no text.
/// </summary>
public sealed record LayoutCell
{
    public required CellRole Role { get; init; }
    public string Text { get; init; } = "";
    public int ColSpan { get; init => field = Guard.AtLeast(value, 1, nameof(ColSpan)); } = 1;
    public int RowSpan { get; init => field = Guard.AtLeast(value, 1, nameof(RowSpan)); } = 1;
    public ValueBinding? Binding { get; init; }

    public static LayoutCell Group(string text, int colSpan) =>
        new() { Role = CellRole.GroupHeader, Text = text, ColSpan = colSpan };

    public static LayoutCell Column(string text, int colSpan = 1, int rowSpan = 1) =>
        new() { Role = CellRole.ColumnHeader, Text = text, ColSpan = colSpan, RowSpan = rowSpan };

    public static LayoutCell Row(string text, int colSpan = 1, int rowSpan = 1) =>
        new() { Role = CellRole.RowHeader, Text = text, ColSpan = colSpan, RowSpan = rowSpan };

    public static LayoutCell Value(ValueBinding binding, int colSpan = 1) =>
        new() { Role = CellRole.Value, Binding = binding, ColSpan = colSpan };
}
