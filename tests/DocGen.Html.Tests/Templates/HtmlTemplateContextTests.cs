using DocGen.Html.Templates;
using static DocGen.Html.Tests.Templates.TemplateSetBuilder;

namespace DocGen.Html.Tests.Templates;

/// <summary>
/// Pins how escaping is wired into Scriban's write path: if a Scriban upgrade wrote expression
/// output another way, these fail instead of pages silently carrying caller markup.
/// </summary>
public class HtmlTemplateContextTests
{
    [Theory]
    [InlineData("<b>", "&lt;b&gt;")]
    [InlineData("\"quoted\" & 'single'", "&quot;quoted&quot; &amp; &#39;single&#39;")]
    [InlineData("中文不转义", "中文不转义")]
    [InlineData("&<>\"'", "&amp;&lt;&gt;&quot;&#39;")]
    [InlineData("1 > 0", "1 &gt; 0")]
    public void Render_Expression_IsHtmlEscaped(string value, string expected)
    {
        Assert.Equal(expected, Compile("{{ heading }}").Render(Section(value)));
    }

    [Theory]
    [InlineData("{{ heading | string.upcase }}", "&lt;B&gt;")]
    [InlineData("{{ \"<\" + heading }}", "&lt;&lt;b&gt;")]
    [InlineData("{{ [heading, heading] | array.join \"\" }}", "&lt;b&gt;&lt;b&gt;")]
    [InlineData("{{ x = heading }}{{ x }}", "&lt;b&gt;")]
    [InlineData("{{ for h in [heading] }}{{ h }}{{ end }}", "&lt;b&gt;")]
    [InlineData("{{ func show(v); ret v; end }}{{ show heading }}", "&lt;b&gt;")]
    public void Render_ComputedValue_IsEscapedToo(string template, string expected)
    {
        Assert.Equal(expected, Compile(template).Render(Section("<b>")));
    }

    [Fact]
    public void Render_TemplateText_IsWrittenAsItIs()
    {
        Assert.Equal("<p class=\"x\">&amp;</p>", Compile("<p class=\"x\">&amp;</p>").Render(Section("")));
    }

    [Fact]
    public void Render_TrustedHtml_IsWrittenAsItIs()
    {
        var output = Compile("{{ narrative }}|{{ table }}").Render(Section("", "<p>ours</p>", "<table></table>"));

        Assert.Equal("<p>ours</p>|<table></table>", output);
    }

    [Fact]
    public void Render_TrustedHtmlsValue_IsNotReachable()
    {
        // .value would hand a template the string inside, to be written unescaped by some other path.
        Assert.Equal("", Compile("{{ narrative.value }}").Render(Section("", "<p>ours</p>")));
    }

    [Fact]
    public void Render_Include_IsNotEscapedTwiceAndEscapesItsOwnExpressions()
    {
        var templates = Compile("<main>{{ include \"chrome\" }}</main>", ("chrome", "<nav>{{ heading }}</nav>"));

        Assert.Equal("<main><nav>&lt;b&gt;</nav></main>", templates.Render(Section("<b>")));
    }

    [Fact]
    public void Render_NestedIncludes_AreEachWrittenOnce()
    {
        var templates = Compile("[{{ include \"a\" }}]", ("a", "<a>{{ include \"b\" }}</a>"), ("b", "<b>{{ heading }}</b>"));

        Assert.Equal("[<a><b>&amp;</b></a>]", templates.Render(Section("&")));
    }

    [Fact]
    public void Render_Partial_IsResolvedWithinItsOwnSet()
    {
        var first = Compile("[{{ include \"chrome\" }}]", ("chrome", "one"));
        var second = Compile("[{{ include \"chrome\" }}]", ("chrome", "two"));

        Assert.Equal(("[one]", "[two]"), (first.Render(Section("")), second.Render(Section(""))));
    }

    [Theory]
    [InlineData("", "no")]
    [InlineData("x", "yes")]
    public void Render_EmptyText_IsFalse(string value, string expected)
    {
        Assert.Equal(expected, Compile("{{ if heading }}yes{{ else }}no{{ end }}").Render(Section(value)));
    }

    [Fact]
    public void Render_NullTrustedHtml_IsFalse()
    {
        Assert.Equal("no", Compile("{{ if narrative }}yes{{ else }}no{{ end }}").Render(Section("")));
    }
}
