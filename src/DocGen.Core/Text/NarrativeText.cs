using System.Net;
using System.Text.RegularExpressions;
using DocGen.Core.Model;

namespace DocGen.Core.Text;

/// <summary>
/// The words of a narrative, for reading figures out of it: plain text as sent, or CMS HTML with
/// its tags dropped (block tags becoming line breaks) and its entities decoded. Not a sanitizer
/// and not for display: the renderers parse HTML through DocGen.RichText's allowlist.
/// </summary>
public static partial class NarrativeText
{
    public static string Of(RichText? text)
    {
        if (text is null || text.IsBlank) return "";
        if (!text.IsHtml) return text.Text;
        var withBreaks = BlockBoundary().Replace(text.Html, "\n");
        return WebUtility.HtmlDecode(AnyTag().Replace(withBreaks, ""));
    }

    [GeneratedRegex(@"<\s*(/\s*)?(p|div|br|li|tr|h[1-6]|table|ul|ol|section|blockquote)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockBoundary();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex AnyTag();
}
