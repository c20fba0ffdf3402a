using System.Text;
using HtmlAgilityPack;

namespace DocGen.Import.Tests.Support;

/// <summary>
/// Turns a DocGen page into what a CMS serves after an editor pasted the report from Word:
/// every cell's text wrapped in MsoNormal paragraphs, spans and fonts, labels split over spans,
/// full-width digits, zeros left as empty cells, table 三's 总计 left empty, a "/" where a
/// figure is 0, 规范性文件 for 行政规范性文件, half-width and spaced brackets, "商业 企业",
/// narrative split over nested spans, and navigation, a script and a sidebar around the report.
/// </summary>
internal static class WordPastedPage
{
    public static string From(string docGenPage)
    {
        var document = new HtmlDocument();
        document.LoadHtml(docGenPage);
        var root = document.DocumentNode;
        foreach (var cell in root.Descendants().Where(n => n.Name is "td" or "th").ToList())
        {
            var field = cell.GetAttributeValue("data-field", "");
            var text = HtmlEntity.DeEntitize(cell.InnerText).Trim();
            string inner;
            if (field.Length > 0)
            {
                inner = text switch
                {
                    "0" when field == "active_disclosure_2021.rules.repealed" => "/",
                    "0" => "&nbsp;",
                    _ when field.StartsWith("applications.", StringComparison.Ordinal) && field.EndsWith(".total", StringComparison.Ordinal) => "",
                    _ => FullWidth(text),
                };
            }
            else
            {
                inner = Split(Relabel(text));
            }
            cell.Attributes.RemoveAll();
            cell.SetAttributeValue("style", "border:solid windowtext 1.0pt;padding:0cm 5.4pt");
            cell.InnerHtml = $"<p class=MsoNormal align=center><span lang=EN-US style='font-size:10.5pt;font-family:宋体'><font face=宋体>{inner}</font></span></p>";
        }
        foreach (var paragraph in root.Descendants("p").Where(p => p.ParentNode is { } parent && (parent.HasClass("docgen-narrative") || parent.HasClass("docgen-preamble"))).ToList())
        {
            var text = HtmlEntity.DeEntitize(paragraph.InnerText);
            paragraph.InnerHtml = $"<span style='font-size:16pt'><span style='font-family:仿宋_GB2312'>{Encode(text[..(text.Length / 2)])}</span></span><font>{Encode(text[(text.Length / 2)..])}</font>";
            paragraph.SetAttributeValue("class", "MsoNormal");
        }
        var body = root.SelectSingleNode("//body") ?? throw new InvalidOperationException("no <body>");
        body.PrependChild(HtmlNode.CreateNode("<script>var headings = ['一、总体情况', '二、主动公开政府信息情况'];</script>"));
        body.PrependChild(HtmlNode.CreateNode("<div class='sidebar'><ul><li><a href='/a'>政府信息公开指南</a></li><li><a href='/b'>政府信息公开制度</a></li><li><a href='/c'>2022年政府信息公开工作年度报告</a></li></ul></div>"));
        body.PrependChild(HtmlNode.CreateNode("<div class='nav'><a href='/'>首页</a> <a href='/zwgk'>政务公开</a> <a href='/hd'>互动交流</a></div>"));
        return root.OuterHtml;
    }

    private static string Relabel(string label) => label switch
    {
        "行政规范性文件" => "规范性文件",
        "（三）不予公开" => "(三) 不予公开",
        "（四）无法提供" => "（四） 无法提供",
        "商业企业" => "商业 企业",
        _ => label,
    };

    /// <summary>A label over two spans, the way Word splits text where its formatting changed.</summary>
    private static string Split(string label) => label.Length < 4
        ? Encode(label)
        : $"{Encode(label[..(label.Length / 2)])}</font></span><span style='font-family:宋体'><font face=宋体>{Encode(label[(label.Length / 2)..])}";

    private static string FullWidth(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text) builder.Append(c is >= '0' and <= '9' ? (char)('０' + (c - '0')) : c);
        return builder.ToString();
    }

    private static string Encode(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);
}
