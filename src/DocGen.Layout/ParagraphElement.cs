namespace DocGen.Layout;

/// <summary>How a paragraph is set.</summary>
internal sealed record ParagraphStyle(double LinePitch, TextAlign Align = TextAlign.Justify, double FirstLineIndent = 0, double SpaceAfter = 0, double RightIndent = 0);

/// <summary>
/// A paragraph of lines at a fixed pitch. Lines are broken once per width; progress is the next
/// line to draw. Orphans and widows are avoided: a page never holds only the first line of a
/// paragraph that continues, nor does the next page start with its last line alone. Its lines are
/// one structure element (<paramref name="tag"/>) even across pages.
/// </summary>
internal sealed class ParagraphElement(IReadOnlyList<Atom> atoms, ParagraphStyle style, bool keepWithNext = false, string? bookmark = null, StructureTag tag = StructureTag.P) : IElement
{
    private bool _tagOpen;
    private List<TextLine>? _lines;
    private double _linesWidth = double.NaN;
    private int _next;

    public bool KeepWithNext => keepWithNext;

    public IReadOnlyList<Atom> Atoms => atoms;

    public ParagraphStyle Style => style;

    /// <summary>The same paragraph, not yet drawn, kept with what follows it.</summary>
    public ParagraphElement KeptWithNext() => new(atoms, style, keepWithNext: true, bookmark, tag);

    public IReadOnlyList<TextLine> LinesFor(double width)
    {
        if (_lines is null || _linesWidth != width)
        {
            _lines = LineBreaker.Break(atoms, width - style.RightIndent, style.FirstLineIndent);
            _linesWidth = width;
        }
        return _lines;
    }

    public SpacePlan Measure(Size available)
    {
        var (count, full) = Plan(available);
        if (count == 0 && !full) return SpacePlan.Wrap($"a {style.LinePitch:0.#} pt line does not fit in {available.Height:0.#} pt");
        var height = count * style.LinePitch;
        return full
            ? SpacePlan.Full(new Size(available.Width, Math.Min(available.Height, height + style.SpaceAfter)))
            : SpacePlan.Partial(new Size(available.Width, height));
    }

    public void Draw(ICanvas canvas, Box area)
    {
        var (count, _) = Plan(area.Size);
        var lines = LinesFor(area.Width);
        if (_next == 0 && bookmark is not null && count > 0) canvas.AddBookmark(bookmark, area.Y);
        if (_next == 0 && count > 0) { canvas.BeginTag(tag); _tagOpen = true; }
        for (var k = 0; k < count; k++)
            LineSetter.Draw(canvas, atoms, lines[_next + k], style.Align, area.X, area.Width - style.RightIndent, area.Y + k * style.LinePitch, style.LinePitch);
        _next += count;
        if (_tagOpen && _next >= lines.Count) { canvas.EndTag(); _tagOpen = false; }
    }

    private (int Count, bool Full) Plan(Size available)
    {
        var lines = LinesFor(available.Width);
        var remaining = lines.Count - _next;
        if (remaining <= 0) return (0, true);
        var fit = (int)Math.Floor((available.Height + Units.Epsilon) / style.LinePitch);
        if (fit >= remaining) return (remaining, true);
        if (remaining - fit == 1) fit--; // would leave a widow: take one line less here
        if (_next == 0 && fit == 1) fit = 0; // would leave an orphan: start on the next page
        return (Math.Max(0, fit), false);
    }
}
