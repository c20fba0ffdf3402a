using CoreRichText = DocGen.Core.Model.RichText;

namespace DocGen.RichText;

/// <summary>
/// Turns caller narrative into a <see cref="RichDocument"/>: plain text into paragraphs, CMS
/// HTML through the allowlist. Never throws on malformed input.
/// </summary>
public static class RichTextParser
{
    public static RichDocument Parse(CoreRichText? text)
    {
        if (text is null || text.IsBlank) return RichDocument.Empty;
        return text.IsHtml ? HtmlNarrativeReader.Read(text.Html) : PlainTextReader.Read(text.Text);
    }
}
