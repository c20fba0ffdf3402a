namespace DocGen.Core.Model;

/// <summary>
/// Narrative as the caller sent it: plain <see cref="Text"/> (paragraphs separated by newlines)
/// or <see cref="Html"/> from a CMS editor, which renderers must sanitize before use.
/// </summary>
public sealed record RichText(string Text = "", string Html = "")
{
    public static readonly RichText Empty = new();

    public bool IsHtml => Html.Length > 0;

    public bool IsBlank => string.IsNullOrWhiteSpace(Text) && string.IsNullOrWhiteSpace(Html);
}
