namespace DocGen.Layout;

/// <summary>
/// A piece of the page layout. <see cref="Measure"/> is repeatable and changes nothing;
/// <see cref="Draw"/> draws exactly what <see cref="Measure"/> planned for that space and then
/// advances the element's progress (its next line, its next row).
/// </summary>
internal interface IElement
{
    SpacePlan Measure(Size available);

    void Draw(ICanvas canvas, Box area);

    /// <summary>True for headings: a page must not end right after this element.</summary>
    bool KeepWithNext => false;

    /// <summary>True for vertical gaps that vanish at the top of a page.</summary>
    bool CollapsesAtPageTop => false;
}
