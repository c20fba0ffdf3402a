using System.Text;

namespace DocGen.Html.Rendering;

/// <summary>Escaping for HTML text and double- or single-quoted attribute values.</summary>
internal static class HtmlText
{
    public static StringBuilder AppendEscaped(this StringBuilder html, string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var entity = text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            };
            if (entity is null) continue;
            html.Append(text, start, i - start).Append(entity);
            start = i + 1;
        }
        return html.Append(text, start, text.Length - start);
    }

    public static string Escape(string text) => new StringBuilder(text.Length + 16).AppendEscaped(text).ToString();
}
