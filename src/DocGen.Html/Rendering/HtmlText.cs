using System.Buffers;
using System.Text;

namespace DocGen.Html.Rendering;

/// <summary>Escaping for HTML text and double- or single-quoted attribute values.</summary>
internal static class HtmlText
{
    private static readonly SearchValues<char> Special = SearchValues.Create("&<>\"'");

    public static StringBuilder AppendEscaped(this StringBuilder html, string text)
    {
        var rest = text.AsSpan();
        int next;
        while ((next = rest.IndexOfAny(Special)) >= 0)
        {
            html.Append(rest[..next]).Append(rest[next] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => "&#39;",
            });
            rest = rest[(next + 1)..];
        }
        return html.Append(rest);
    }

    /// <summary>The text itself when nothing in it needs escaping (most of a page's values: no copy).</summary>
    public static string Escape(string text) =>
        text.AsSpan().ContainsAny(Special) ? new StringBuilder(text.Length + 16).AppendEscaped(text).ToString() : text;
}
