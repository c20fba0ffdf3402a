using CoreRichText = DocGen.Core.Model.RichText;

namespace DocGen.RichText;

/// <summary>
/// Turns caller narrative into a <see cref="RichDocument"/>: plain text into paragraphs, CMS
/// HTML through the allowlist. Never throws on malformed input; stops for a cancel between elements.
/// </summary>
public static class RichTextParser
{
    /// <summary>
    /// The deepest html nesting parsed as structure (see <see cref="HtmlShape"/>); deeper html gives
    /// its text only. Real editor output nests a few levels; the API refuses deeper.
    /// </summary>
    public const int MaxHtmlDepth = 100;

    public static RichDocument Parse(CoreRichText? text, CancellationToken cancellationToken = default)
    {
        if (text is null || text.IsBlank) return RichDocument.Empty;
        return text.IsHtml ? HtmlNarrativeReader.Read(text.Html, cancellationToken) : PlainTextReader.Read(text.Text);
    }
}
