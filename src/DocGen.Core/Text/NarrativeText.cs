using System.Net;
using System.Text;
using DocGen.Core.Model;

namespace DocGen.Core.Text;

/// <summary>
/// The words of a narrative, for reading figures out of it: plain text as sent, or CMS HTML with
/// its tags dropped (block tags becoming line breaks) and its entities decoded. Not a sanitizer
/// and not for display: the renderers parse HTML through DocGen.RichText's allowlist.
/// </summary>
public static class NarrativeText
{
    private static readonly string[] BlockTags =
        ["p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "section", "blockquote"];

    public static string Of(RichText? text)
    {
        if (text is null || text.IsBlank) return "";
        return text.IsHtml ? OfHtml(text.Html) : text.Text;
    }

    /// <summary>One pass over the markup: text kept, a block tag a line break, any other tag nothing; "a &lt; b" without a closing &gt; stays text.</summary>
    private static string OfHtml(string html)
    {
        var words = new StringBuilder(html.Length);
        var at = 0;
        while (at < html.Length)
        {
            var open = html.IndexOf('<', at);
            var close = open < 0 ? -1 : html.IndexOf('>', open + 1);
            if (close < 0)
            {
                words.Append(html, at, html.Length - at);
                break;
            }
            words.Append(html, at, open - at);
            if (IsBlock(html.AsSpan(open + 1, close - open - 1))) words.Append('\n');
            at = close + 1;
        }
        var plain = words.ToString();
        return plain.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(plain) : plain;
    }

    private static bool IsBlock(ReadOnlySpan<char> tag)
    {
        tag = tag.TrimStart().TrimStart('/').TrimStart();
        var length = 0;
        while (length < tag.Length && char.IsAsciiLetterOrDigit(tag[length])) length++;
        var name = tag[..length];
        foreach (var block in BlockTags)
            if (name.Equals(block, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
