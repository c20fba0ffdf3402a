namespace DocGen.RichText;

/// <summary>Inline content of a paragraph, list item or table cell.</summary>
public abstract record Inline;

/// <summary>
/// A stretch of text in one style. <see cref="Href"/> is set only for links the allowlist admits
/// (absolute http, https or mailto URLs); renderers escape <see cref="Text"/> and the URL.
/// </summary>
public sealed record Run(string Text, bool Bold = false, bool Italic = false, bool Underline = false, string? Href = null) : Inline
{
    /// <summary>True when <paramref name="other"/> can be merged into this run without changing how it looks.</summary>
    public bool HasSameStyle(Run other) =>
        Bold == other.Bold && Italic == other.Italic && Underline == other.Underline && Href == other.Href;
}

/// <summary>A forced line break inside a block (&lt;br&gt;).</summary>
public sealed record LineBreak : Inline
{
    public static readonly LineBreak Instance = new();

    private LineBreak() { }
}
