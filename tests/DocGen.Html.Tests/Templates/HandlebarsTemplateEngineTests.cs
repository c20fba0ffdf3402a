using DocGen.Html.Templates;

namespace DocGen.Html.Tests.Templates;

public class HandlebarsTemplateEngineTests
{
    private static readonly HandlebarsTemplateEngine Engine = new();

    private static ICompiledTemplates Compile(string page, params (string Name, string Text)[] partials) =>
        Engine.Compile(
            [new TemplateSource("page", "/t/page.hbs", page)],
            partials.Select(p => new TemplateSource(p.Name, $"/t/partials/{p.Name}.hbs", p.Text)).ToArray());

    private sealed record Model(string Text, object Html);

    [Theory]
    [InlineData("<b>", "&lt;b&gt;")]
    [InlineData("\"quoted\" & 'single'", "&quot;quoted&quot; &amp; &#x27;single&#x27;")]
    [InlineData("中文不转义", "中文不转义")]
    public void Render_Value_IsHtmlEscaped(string value, string expected)
    {
        var templates = Compile("{{Text}}");

        Assert.Equal(expected, templates.Render("page", new Model(value, "")));
    }

    [Fact]
    public void Render_HtmlHelper_WritesTrustedHtmlRawAndEscapesAnythingElse()
    {
        var templates = Compile("{{html Html}}|{{html Text}}");

        var output = templates.Render("page", new Model("<i>caller</i>", new TrustedHtml("<p>ours</p>")));

        Assert.Equal("<p>ours</p>|&lt;i&gt;caller&lt;/i&gt;", output);
    }

    [Fact]
    public void Render_Partial_IsResolvedWithinItsOwnSet()
    {
        var first = Compile("[{{> chrome}}]", ("chrome", "one"));
        var second = Compile("[{{> chrome}}]", ("chrome", "two"));

        Assert.Equal(("[one]", "[two]"), (first.Render("page", new Model("", "")), second.Render("page", new Model("", ""))));
    }

    [Theory]
    [InlineData("a\nb\n{{#if Text}}\nno end", "/t/page.hbs", 3)]
    [InlineData("a\n{{/each}}", "/t/page.hbs", 2)]
    [InlineData("line one\nline two {{Text", "/t/page.hbs", 2)]
    [InlineData("ok\n\n{{{Text}}}", "/t/page.hbs", 3)]
    [InlineData("ok {{&Text}}", "/t/page.hbs", 1)]
    public void Compile_BrokenTemplate_NamesFileAndLine(string text, string file, int line)
    {
        var error = Assert.Throws<TemplateCompileException>(() => Compile(text));

        Assert.Equal((file, line), (error.FilePath, error.Line));
    }

    [Fact]
    public void Compile_BrokenPartial_NamesThePartialFile()
    {
        var error = Assert.Throws<TemplateCompileException>(() => Compile("{{> footer}}", ("footer", "<footer>\n{{#each x}}")));

        Assert.Equal(("/t/partials/footer.hbs", 2), (error.FilePath, error.Line));
    }
}
