namespace DocGen.RichText;

/// <summary>The style in force while walking HTML: what the enclosing b/i/u/a elements add up to.</summary>
internal readonly record struct InlineStyle(bool Bold, bool Italic, bool Underline, string? Href)
{
    public static readonly InlineStyle Plain = default;

    public Run ToRun(string text) => new(text, Bold, Italic, Underline, Href);
}
