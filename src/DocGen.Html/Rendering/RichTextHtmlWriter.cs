using System.Text;
using DocGen.Html.Templates;
using DocGen.RichText;

namespace DocGen.Html.Rendering;

/// <summary>
/// Writes a <see cref="RichDocument"/> as HTML. Every tag comes from here and every text or URL
/// is escaped, which is why the result may be inserted as <see cref="TrustedHtml"/>.
/// </summary>
internal static class RichTextHtmlWriter
{
    public static TrustedHtml? Write(RichDocument document)
    {
        if (document.IsEmpty) return null;
        var html = new StringBuilder(256);
        foreach (var block in document.Blocks.Where(b => !b.IsEmpty)) WriteBlock(html, block);
        return new TrustedHtml(html.ToString());
    }

    private static void WriteBlock(StringBuilder html, Block block)
    {
        switch (block)
        {
            case Paragraph p:
                html.Append("<p>");
                WriteInlines(html, p.Inlines);
                html.Append("</p>\n");
                break;
            case ListBlock list:
                var tag = list.Ordered ? "ol" : "ul";
                html.Append('<').Append(tag).Append(">\n");
                foreach (var item in list.Items)
                {
                    html.Append("<li>");
                    WriteInlines(html, item.Inlines);
                    html.Append("</li>\n");
                }
                html.Append("</").Append(tag).Append(">\n");
                break;
            case TableBlock table:
                html.Append("<div class=\"table-scroll\"><table class=\"narrative-table\">\n<tbody>\n");
                foreach (var row in table.Rows)
                {
                    html.Append("<tr>");
                    foreach (var cell in row.Cells)
                    {
                        var cellTag = cell.IsHeader ? "th" : "td";
                        html.Append('<').Append(cellTag).Append('>');
                        WriteInlines(html, cell.Inlines);
                        html.Append("</").Append(cellTag).Append('>');
                    }
                    html.Append("</tr>\n");
                }
                html.Append("</tbody>\n</table></div>\n");
                break;
        }
    }

    /// <summary>Runs of at least this many characters with no break opportunity between them (URLs, 电话:22982280,) may break anywhere.</summary>
    private const int LongRun = 10;

    /// <summary>
    /// Escaped text, with each long run of Latin letters, digits and punctuation (no spaces, no CJK)
    /// in a <c>docgen-run</c> span that report.css lets break anywhere. Otherwise the browser moves the
    /// run whole to the next line and stretches the justified line before it letter by letter.
    /// </summary>
    private static void AppendText(StringBuilder html, string text)
    {
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!IsRunCharacter(text[i]))
            {
                i++;
                continue;
            }
            var end = i;
            while (end < text.Length && IsRunCharacter(text[end])) end++;
            if (end - i >= LongRun)
            {
                html.AppendEscaped(text[start..i]).Append("<span class=\"docgen-run\">").AppendEscaped(text[i..end]).Append("</span>");
                start = end;
            }
            else if (end < text.Length && FigureUnits.Contains(text[end]) && text[i..end].All(char.IsAsciiDigit))
            {
                // 2024年, 12件: a browser may break between a figure and the character after it.
                html.AppendEscaped(text[start..i]).Append("<span class=\"docgen-nb\">").AppendEscaped(text[i..(end + 1)]).Append("</span>");
                start = end = end + 1;
            }
            i = end;
        }
        html.AppendEscaped(text[start..]);
    }

    /// <summary>Units kept on the line of the figure before them (a docgen-nb span).</summary>
    private const string FigureUnits = "年月日号件个条项次万元";

    // Below U+2E80 (CJK radicals onward): Latin, digits, ASCII and Latin-1 punctuation; not whitespace.
    private static bool IsRunCharacter(char c) => c < '\u2E80' && !char.IsWhiteSpace(c);

    private static void WriteInlines(StringBuilder html, IReadOnlyList<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            if (inline is LineBreak)
            {
                html.Append("<br>");
                continue;
            }
            var run = (Run)inline;
            if (run.Href is not null) html.Append("<a href=\"").AppendEscaped(run.Href).Append("\" rel=\"noopener noreferrer\">");
            if (run.Bold) html.Append("<strong>");
            if (run.Italic) html.Append("<em>");
            if (run.Underline) html.Append("<u>");
            AppendText(html, run.Text);
            if (run.Underline) html.Append("</u>");
            if (run.Italic) html.Append("</em>");
            if (run.Bold) html.Append("</strong>");
            if (run.Href is not null) html.Append("</a>");
        }
    }
}
