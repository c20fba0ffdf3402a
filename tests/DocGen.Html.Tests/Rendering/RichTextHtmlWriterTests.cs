using DocGen.Html.Rendering;
using DocGen.Html.Tests.Support;
using DocGen.RichText;
using HtmlAgilityPack;
using CoreRichText = DocGen.Core.Model.RichText;

namespace DocGen.Html.Tests.Rendering;

public class RichTextHtmlWriterTests
{
    private static readonly HashSet<string> AllowedElements =
        ["p", "br", "strong", "em", "u", "a", "ul", "ol", "li", "div", "table", "tbody", "tr", "td", "th", "span", "#text"];

    private static readonly HashSet<string> AllowedAttributes = ["href", "rel", "class"];

    private static string Write(RichDocument document) => RichTextHtmlWriter.Write(document)?.Value ?? "";

    [Fact]
    public void Write_Runs_NestStylesInsideTheLinkAndEscapeText()
    {
        var document = new RichDocument([new Paragraph([
            new Run("a<b>&\"'"), LineBreak.Instance,
            new Run("链接", Bold: true, Italic: true, Underline: true, Href: "https://x.example/?a=1&b=\"2\""),
        ])]);

        Assert.Equal(
            "<p>a&lt;b&gt;&amp;&quot;&#39;<br><a href=\"https://x.example/?a=1&amp;b=&quot;2&quot;\" rel=\"noopener noreferrer\"><strong><em><u>链接</u></em></strong></a></p>\n",
            Write(document));
    }

    [Theory]
    [InlineData("本报告在县政府网(http://minhou.fuzhou.gov.cn/)公布", "本报告在县政府网<span class=\"docgen-run\">(http://minhou.fuzhou.gov.cn/)</span>公布")]
    [InlineData("电话:22982280,传真", "电话<span class=\"docgen-run\">:22982280,</span>传真")]
    // a figure keeps its unit on its line (2024年 never breaks inside on a phone)
    [InlineData("共29件，2020年1月1日", "共<span class=\"docgen-nb\">29件</span>，<span class=\"docgen-nb\">2020年</span><span class=\"docgen-nb\">1月</span><span class=\"docgen-nb\">1日</span>")]
    [InlineData("see https://a.example/?q=<x>&y", "see <span class=\"docgen-run\">https://a.example/?q=&lt;x&gt;&amp;y</span>")]
    [InlineData("ab cd ef gh ij kl", "ab cd ef gh ij kl")]
    public void Write_LongUnbreakableRun_MayBreakAnywhere(string text, string expected)
    {
        Assert.Equal($"<p>{expected}</p>\n", Write(new RichDocument([new Paragraph([new Run(text)])])));
    }

    [Fact]
    public void Write_ListsAndTables_UseOnlyTheirOwnMarkup()
    {
        var document = new RichDocument([
            new ListBlock(true, [new ListItem([new Run("一")]), new ListItem([new Run("二")])]),
            new TableBlock([new TableRow([new TableCell([new Run("项")], IsHeader: true), new TableCell([new Run("1")])])]),
        ]);

        Assert.Equal(
            "<ol>\n<li>一</li>\n<li>二</li>\n</ol>\n" +
            "<div class=\"table-scroll\"><table class=\"narrative-table\">\n<tbody>\n<tr><th>项</th><td>1</td></tr>\n</tbody>\n</table></div>\n",
            Write(document));
    }

    [Fact]
    public void Write_EmptyDocument_IsNothing()
    {
        Assert.Null(RichTextHtmlWriter.Write(RichDocument.Empty));
    }

    private static readonly string[] Tokens =
    [
        "<p>", "</p>", "<b>", "</b>", "<i>", "<u>", "<br>", "<ul>", "<ol>", "<li>", "</li>", "</ul>", "<table>", "<tr>", "<td>", "<th>", "</table>",
        "<script>", "</script>", "<style>", "<iframe src=x>", "<svg onload=alert(1)>", "<img src=x onerror=alert(1)>", "<form>", "<input>",
        "<a href=\"javascript:alert(1)\">", "<a href='https://ok.example/?q=\"x\"'>", "<a href=mailto:a@b.cn>", "</a>", "<a href=\"data:text/html,x\">",
        "<div style=\"x:expression(alert(1))\" onclick=alert(1)>", "</div>", "<span class=\"evil\">", "<!--", "-->", "<![CDATA[", "]]>",
        "<", ">", "\"", "'", "&", "&lt;", "&#60;", "&#x3C;", "&amp;", "=", "/", " ", "\n", "\t", "文字", "alert(1)", "on", "x",
    ];

    public static TheoryData<int> Seeds() => new(Enumerable.Range(0, 40));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ParseThenWrite_RandomHostileHtml_OnlyAllowlistedMarkupSurvives(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 50; round++)
        {
            var html = string.Concat(Enumerable.Range(0, random.Next(1, 60)).Select(_ => Tokens[random.Next(Tokens.Length)]));

            var output = Write(RichTextParser.Parse(new CoreRichText(Html: html)));

            var parsed = SampleSites.Parse(output).DocumentNode.Descendants().ToList();
            var badElement = parsed.FirstOrDefault(n => n.NodeType != HtmlNodeType.Comment && !AllowedElements.Contains(n.Name));
            Assert.True(badElement is null, $"<{badElement?.Name}> survived from: {html}");
            Assert.DoesNotContain(parsed, n => n.NodeType == HtmlNodeType.Comment);
            foreach (var attribute in parsed.SelectMany(n => n.Attributes))
            {
                Assert.True(AllowedAttributes.Contains(attribute.Name), $"attribute {attribute.Name} survived from: {html}");
                if (attribute.Name == "href")
                    Assert.Matches("^(https?://|mailto:)", HtmlEntity.DeEntitize(attribute.Value));
            }
        }
    }
}
