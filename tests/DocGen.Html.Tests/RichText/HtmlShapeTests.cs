using System.Text;
using DocGen.RichText;
using HtmlAgilityPack;
using CoreRichText = DocGen.Core.Model.RichText;

namespace DocGen.Html.Tests.RichText;

/// <summary>
/// The linear pre-scan that decides whether narrative html may be parsed: it must count every
/// element the parser builds (whatever letters name it) and never report a shallower nesting than
/// the parser makes, or a nesting bomb gets past it.
/// </summary>
public class HtmlShapeTests
{
    private static string Repeat(string unit, int times) => new StringBuilder(unit.Length * times).Insert(0, unit, times).ToString();

    [Theory]
    [InlineData("", 0, 0)]
    [InlineData("plain text, a < b", 0, 0)]
    [InlineData("<p>a</p><p>b</p>", 2, 1)]
    [InlineData("<p>a<br>b<br/>c<img src=x></p>", 4, 2)]               // void elements never nest
    [InlineData("<span/>a<span />b", 2, 1)]                            // self-closed: the parser closes them too
    [InlineData("<中>a<中>b<中>c", 3, 3)]                              // non-ASCII names are elements to the parser
    [InlineData("<ul><li>a<li>b</ul>", 3, 3)]                          // implicit closes only lower the real depth
    [InlineData("<b><i>x</b>y</i>", 2, 2)]                             // out of order: </b> closes nothing while <i> is innermost
    [InlineData("<p><b>x</p><p><b>y</p>", 4, 4)]                       // so sloppy html counts deeper than a browser nests it
    [InlineData("<span></zz><span></zz><span>", 5, 3)]                 // a closing tag with no open match may become an empty element; it closes nothing
    [InlineData("<p>a</br></p></p>", 3, 2)]
    [InlineData("<!-- <b> -->", 1, 1)]                                 // counted even in comments: an upper bound
    [InlineData("<a<a<a", 3, 3)]                                       // unfinished tags
    public void Of_Html_CountsElementsAndDepth(string html, int elements, int depth)
    {
        Assert.Equal(new HtmlShape(elements, depth), HtmlShape.Of(html));
    }

    [Fact]
    public void Of_66000NestedNonAsciiTags_CountsEveryOne()
    {
        var bomb = Repeat("<中>", 66_000); // the 198,000-character narrative of the attack run

        Assert.Equal(new HtmlShape(66_000, 66_000), HtmlShape.Of(bomb));
    }

    [Fact]
    public void Of_RandomTagSoup_NeverBelowTheParsersOwnCounts()
    {
        var random = new Random(20261201);
        string[] names = ["p", "b", "span", "中", "li", "ul", "td", "tr", "table", "br", "img", "a", "i", "div", "文字", "h1", "form", "script", "textarea"];
        for (var n = 0; n < 2_000; n++)
        {
            var html = new StringBuilder();
            for (var t = random.Next(1, 60); t > 0; t--)
            {
                var name = names[random.Next(names.Length)];
                html.Append(random.Next(12) switch
                {
                    < 5 => $"<{name}>",
                    < 8 => $"</{name}>",
                    8 => $"<{name}/>",
                    9 => "<!-- x -->",
                    10 => $"<{name} title='>'>",
                    _ => "x ",
                });
            }
            var document = new HtmlDocument();
            document.LoadHtml(html.ToString());

            var shape = HtmlShape.Of(html.ToString());

            Assert.True(shape.Depth >= Depth(document.DocumentNode), $"{html}: scan depth {shape.Depth}, parser depth {Depth(document.DocumentNode)}");
            Assert.True(shape.Elements >= Elements(document.DocumentNode), $"{html}: scan {shape.Elements} elements, parser {Elements(document.DocumentNode)}");
        }
    }

    [Fact]
    public void Parse_NestedFarPastTheDepthLimit_GivesTheTextWithoutParsing()
    {
        var bomb = Repeat("<中>字", 66_000);

        var document = RichTextParser.Parse(new CoreRichText(Html: bomb));

        Assert.Equal(66_000, document.PlainText.Count(c => c == '字'));
        Assert.DoesNotContain('<', document.PlainText);
    }

    [Theory]
    [InlineData(RichTextParser.MaxHtmlDepth, true)]
    [InlineData(RichTextParser.MaxHtmlDepth + 1, false)] // past the limit: text only
    public void Parse_NestedToTheDepthLimit_IsParsedPastItGivesTextOnly(int depth, bool bold)
    {
        var html = Repeat("<b>", depth) + "粗体";

        var document = RichTextParser.Parse(new CoreRichText(Html: html));

        var run = Assert.IsType<Run>(Assert.Single(Assert.IsType<Paragraph>(Assert.Single(document.Blocks)).Inlines));
        Assert.Equal(new Run("粗体", Bold: bold), run);
    }

    [Fact]
    public void Parse_Cancelled_StopsWithOperationCanceled()
    {
        var html = Repeat("<p>段落</p>", 5_000);

        Assert.ThrowsAny<OperationCanceledException>(() => RichTextParser.Parse(new CoreRichText(Html: html), new CancellationToken(canceled: true)));
    }

    [Theory]
    [InlineData("<p>&#x202E;txt.exe</p>")]
    [InlineData("<p>a&#8238;b&#x2066;c&#x200F;d</p>")]
    public void Parse_BidiControlsFromEntities_AreRemoved(string html)
    {
        var text = RichTextParser.Parse(new CoreRichText(Html: html)).PlainText;

        Assert.DoesNotContain(text, c => c is '\u202E' or '\u2066' or '\u200F');
    }

    private static int Depth(HtmlNode node)
    {
        var deepest = 0;
        foreach (var child in node.ChildNodes)
            if (child.NodeType == HtmlNodeType.Element) deepest = Math.Max(deepest, 1 + Depth(child));
        return deepest;
    }

    private static int Elements(HtmlNode node) =>
        node.ChildNodes.Where(c => c.NodeType == HtmlNodeType.Element).Sum(c => 1 + Elements(c));
}
