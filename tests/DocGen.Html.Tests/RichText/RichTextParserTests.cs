using DocGen.RichText;
using CoreRichText = DocGen.Core.Model.RichText;

using DocGen.Html.Tests.Support;

namespace DocGen.Html.Tests.RichText;

public class RichTextParserTests
{
    private static RichDocument Html(string html) => RichTextParser.Parse(new CoreRichText(Html: html));

    private static RichDocument Text(string text) => RichTextParser.Parse(new CoreRichText(Text: text));

    private static IEnumerable<Run> Runs(RichDocument doc) => doc.Blocks.SelectMany(b => b switch
    {
        Paragraph p => p.Inlines,
        ListBlock l => l.Items.SelectMany(i => i.Inlines),
        TableBlock t => t.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Inlines),
        _ => [],
    }).OfType<Run>();

    [Theory]
    [InlineData("第一段\n第二段", new[] { "第一段", "第二段" })]
    [InlineData("第一段\n\n\n第二段\r\n第三段", new[] { "第一段", "第二段", "第三段" })]
    [InlineData("　　缩进的段落\n   \n", new[] { "缩进的段落" })]
    [InlineData("a <b>not bold</b> & more", new[] { "a <b>not bold</b> & more" })]
    public void Parse_Text_EachNonBlankLineIsAParagraph(string text, string[] expected)
    {
        var doc = Text(text);

        Assert.All(doc.Blocks, b => Assert.IsType<Paragraph>(b));
        Assert.Equal(expected, doc.Blocks.Select(b => string.Concat(((Paragraph)b).Inlines.OfType<Run>().Select(r => r.Text))));
        Assert.All(Runs(doc), r => Assert.Equal(new Run(r.Text), r));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \n\t ")]
    public void Parse_BlankText_IsEmpty(string? text)
    {
        var doc = RichTextParser.Parse(text is null ? null : new CoreRichText(Text: text));

        Assert.True(doc.IsEmpty);
    }

    [Theory]
    [InlineData("<p>  </p><br><div></div>")]
    [InlineData("<script>alert(1)</script><style>p{}</style>")]
    [InlineData("<p><img src=x></p>")]
    public void Parse_HtmlWithoutVisibleText_IsEmpty(string html)
    {
        Assert.True(Html(html).IsEmpty);
    }

    [Fact]
    public void Parse_Html_KeepsParagraphsBreaksAndStyles()
    {
        var doc = Html("<p>一是<strong>政策解读</strong>形式<i>不够</i><u>丰富</u>。<br>二是<b><em>都有</em></b></p><p>第二段</p>");

        Assert.Equal(2, doc.Blocks.Count);
        var first = Assert.IsType<Paragraph>(doc.Blocks[0]);
        Assert.Equal(
            new Inline[]
            {
                new Run("一是"), new Run("政策解读", Bold: true), new Run("形式"), new Run("不够", Italic: true),
                new Run("丰富", Underline: true), new Run("。"), LineBreak.Instance, new Run("二是"),
                new Run("都有", Bold: true, Italic: true),
            },
            first.Inlines);
        Assert.Equal("第二段", doc.PlainText.Split('\n')[^1]);
    }

    [Fact]
    public void Parse_Html_CollapsesWhitespaceLikeABrowser()
    {
        var doc = Html("<p>\n  one \n\t two   <b> three </b>\n</p>");

        Assert.Equal(new Inline[] { new Run("one two "), new Run("three", Bold: true) }, ((Paragraph)doc.Blocks[0]).Inlines);
    }

    [Theory]
    [InlineData("<p>&nbsp;&nbsp;&nbsp;&nbsp;正文&nbsp;中间</p>", "正文\u00A0中间")]
    [InlineData("<p>\u3000\u3000正文</p>", "正文")]
    [InlineData("<p><b>&nbsp;</b>正文</p>", "正文")]
    public void Parse_Html_DropsHandMadeParagraphIndents(string html, string expected)
    {
        Assert.Equal(expected, Html(html).PlainText);
    }

    [Fact]
    public void Parse_HtmlHeadings_BecomeBoldParagraphs()
    {
        var doc = Html("<h3>（一）小标题</h3>正文");

        Assert.Equal(new Inline[] { new Run("（一）小标题", Bold: true) }, ((Paragraph)doc.Blocks[0]).Inlines);
        Assert.Equal(new Inline[] { new Run("正文") }, ((Paragraph)doc.Blocks[1]).Inlines);
    }

    [Fact]
    public void Parse_Html_DecodesEntitiesIntoText()
    {
        var doc = Html("<p>&lt;script&gt; &amp; &#x4E2D;&#25991;</p>");

        Assert.Equal("<script> & 中文", doc.PlainText);
    }

    [Theory]
    [InlineData("http://www.gov.cn/a?b=1&amp;c=2", "http://www.gov.cn/a?b=1&c=2")]
    [InlineData("https://www.panjin.gov.cn/", "https://www.panjin.gov.cn/")]
    [InlineData("  mailto:gkb@example.gov.cn ", "mailto:gkb@example.gov.cn")]
    [InlineData("HTTPS://EXAMPLE.GOV.CN", "HTTPS://EXAMPLE.GOV.CN")]
    public void Parse_LinkWithAllowedScheme_KeepsTarget(string href, string expected)
    {
        var run = Runs(Html($"<p><a href=\"{href}\" onclick=\"x()\" target=\"_blank\">链接</a></p>")).Single();

        Assert.Equal(new Run("链接", Href: expected), run);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JaVaScRiPt:alert(1)")]
    [InlineData(" javascript:alert(1)")]
    [InlineData("java&#09;script:alert(1)")]
    [InlineData("java\nscript:alert(1)")]
    [InlineData("&#106;avascript:alert(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("/relative/path")]
    [InlineData("//evil.example/x")]
    [InlineData("http:evil")]
    [InlineData("file:///etc/passwd")]
    [InlineData("")]
    public void Parse_LinkWithOtherTarget_BecomesPlainText(string href)
    {
        var run = Runs(Html($"<p><a href=\"{href}\">点这里</a></p>")).Single();

        Assert.Equal(new Run("点这里"), run);
    }

    [Theory]
    [InlineData(2_048, true)]
    [InlineData(2_049, false)]
    [InlineData(100_000, false)]
    public void Parse_LinkLongerThan2048Characters_BecomesPlainText(int length, bool kept)
    {
        var href = "https://www.gov.cn/" + new string('a', length - "https://www.gov.cn/".Length);

        var run = Runs(Html($"<p><a href=\"{href}\">长链接</a></p>")).Single();

        Assert.Equal(new Run("长链接", Href: kept ? href : null), run);
    }

    [Fact]
    public void Parse_Lists_KeepOrderAndFlattenNesting()
    {
        var doc = Html("<ol><li>甲</li><li>乙<ul><li>乙一</li><li>乙二</li></ul></li></ol><ul><li><p>丙</p></li><li></li></ul>");

        Assert.Equal(2, doc.Blocks.Count);
        var ordered = Assert.IsType<ListBlock>(doc.Blocks[0]);
        Assert.True(ordered.Ordered);
        Assert.Equal(2, ordered.Items.Count);
        Assert.Equal(new Inline[] { new Run("甲") }, ordered.Items[0].Inlines);
        Assert.Equal(
            new Inline[] { new Run("乙"), LineBreak.Instance, new Run("乙一"), LineBreak.Instance, new Run("乙二") },
            ordered.Items[1].Inlines);
        var bullets = Assert.IsType<ListBlock>(doc.Blocks[1]);
        Assert.False(bullets.Ordered);
        Assert.Equal(new Inline[] { new Run("丙") }, Assert.Single(bullets.Items).Inlines);
    }

    [Fact]
    public void Parse_Table_KeepsRowsAndCellsWithoutAttributes()
    {
        var doc = Html(
            "<table style=\"width:900px\" border=1><caption>表</caption><thead><tr><th colspan=2>项目</th><th>数量</th></tr></thead>" +
            "<tbody><tr><td>甲</td><td style=\"color:red\"><b>1</b></td></tr><tr><td>乙<table><tr><td>内</td></tr></table></td></tr></tbody></table>");

        Assert.Equal(2, doc.Blocks.Count);
        Assert.Equal("表", doc.PlainText.Split('\n')[0]);
        var table = Assert.IsType<TableBlock>(doc.Blocks[1]);
        Assert.Equal(3, table.Rows.Count);
        Assert.Equal(2, table.ColumnCount);
        Assert.True(table.Rows[0].Cells[0].IsHeader);
        Assert.Equal(new Inline[] { new Run("1", Bold: true) }, table.Rows[1].Cells[1].Inlines);
        Assert.Equal(new Inline[] { new Run("乙"), LineBreak.Instance, new Run("内") }, table.Rows[2].Cells[0].Inlines);
    }

    [Fact]
    public void Parse_UnknownElements_AreUnwrappedToTheirText()
    {
        var doc = Html("<p><span style=\"x\">一</span><font color=red>二</font><custom-tag data-x=1>三</custom-tag><sup>四</sup></p>");

        Assert.Equal(new Inline[] { new Run("一二三四") }, ((Paragraph)Assert.Single(doc.Blocks)).Inlines);
    }

    [Theory]
    [InlineData("<p>A<script>alert('x')</script>B</p>")]
    [InlineData("<p>A<style>body{display:none}</style>B</p>")]
    [InlineData("<p>A<iframe src=\"https://evil.example\">inner</iframe>B</p>")]
    [InlineData("<p>A<object data=x>inner</object><embed src=x>B</p>")]
    [InlineData("<p>A<input value=inner><textarea>inner</textarea><select><option>inner</option></select>B</p>")]
    [InlineData("<p>A<svg onload=alert(1)><script>inner</script></svg>B</p>")]
    [InlineData("<p>A<noscript>inner</noscript><template>inner</template>B</p>")]
    [InlineData("<p>A<img src=x onerror=alert(2)><!-- inner -->B</p>")]
    [InlineData("<p onclick=\"alert(1)\" style=\"background:url(javascript:alert(1))\">A<b onmouseover=alert(1)>B</b></p>")]
    public void Parse_DangerousContent_IsDroppedAndTextKept(string html)
    {
        var doc = Html(html);

        Assert.Equal("AB", doc.PlainText);
    }

    [Fact]
    public void Parse_BrokenFixtureProblems_KeepsOnlyTheText()
    {
        var report = FixtureReports.Report("synthetic-broken-2023");

        var doc = RichTextParser.Parse(report.Problems);

        var paragraph = Assert.IsType<Paragraph>(Assert.Single(doc.Blocks));
        Assert.Equal(new Inline[] { new Run("问题") }, paragraph.Inlines);
    }

    [Theory]
    [InlineData("<p>未闭合<b>粗体<i>斜体</p>后文")]
    [InlineData("</div></p></table><td>孤立单元格</td></tr>")]
    [InlineData("<a href=\"http://x.cn\"<b>坏属性</b>")]
    [InlineData("<<<>>>&&&;;;<!-- 未结束注释")]
    [InlineData("<table><tr><td>1<td>2<tr><td>3</table>")]
    [InlineData("<ul><li>一<li>二</ul></ol></li>")]
    [InlineData("\0\u0001控制字符\u0007")]
    public void Parse_MalformedHtml_NeverThrows(string html)
    {
        var doc = Html(html);

        Assert.DoesNotContain(doc.PlainText, c => char.IsControl(c) && c is not '\n' and not '\t');
    }

    [Theory]
    [InlineData("div")]
    [InlineData("b")]
    [InlineData("span")]
    [InlineData("ul")]
    public void Parse_NestingBomb_KeepsTheTextWithoutOverflowing(string tag)
    {
        const int depth = 20_000;
        var html = string.Concat(Enumerable.Repeat($"<{tag}>", depth)) + "深处" + string.Concat(Enumerable.Repeat($"</{tag}>", depth));

        var doc = Html(html);

        Assert.Contains("深处", doc.PlainText);
    }

    [Fact]
    public void Parse_BusyFixtureProblems_KeepsBoldAndLink()
    {
        var report = FixtureReports.Report("synthetic-busy-2023");

        var runs = Runs(RichTextParser.Parse(report.Problems)).ToList();

        Assert.Contains(runs, r => r is { Bold: true, Text: "政策解读" });
        Assert.Contains(runs, r => r.Href is not null && r.Href.StartsWith("http", StringComparison.Ordinal));
    }
}
