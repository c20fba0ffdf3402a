namespace DocGen.Layout;

internal enum SpacePlanKind
{
    /// <summary>Nothing fits in the space offered; <see cref="SpacePlan.Reason"/> says why.</summary>
    Wrap,
    /// <summary>Some fits; more follows on the next page.</summary>
    PartialRender,
    /// <summary>Everything left fits.</summary>
    FullRender,
}

/// <summary>What an element would do with the space offered: the answer of <see cref="IElement.Measure"/>.</summary>
internal readonly record struct SpacePlan(SpacePlanKind Kind, Size Size, string Reason)
{
    public static SpacePlan Wrap(string reason) => new(SpacePlanKind.Wrap, Size.Zero, reason);

    public static SpacePlan Partial(Size size) => new(SpacePlanKind.PartialRender, size, "");

    public static SpacePlan Full(Size size) => new(SpacePlanKind.FullRender, size, "");

    public bool IsWrap => Kind == SpacePlanKind.Wrap;

    public bool IsFull => Kind == SpacePlanKind.FullRender;

    public override string ToString() => IsWrap ? $"Wrap({Reason})" : $"{Kind}({Size.Width:0.#}×{Size.Height:0.#})";
}
