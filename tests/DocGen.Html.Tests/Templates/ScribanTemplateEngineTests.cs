using DocGen.Html.Templates;
using static DocGen.Html.Tests.Templates.TemplateSetBuilder;

namespace DocGen.Html.Tests.Templates;

public class ScribanTemplateEngineTests
{
    [Theory]
    [InlineData("a\nb\n{{ if heading }}\nno end", 3, 17)]
    [InlineData("a\n  {{ end }}", 2, 8)]
    [InlineData("line one\nline two {{ heading +", 2, 22)]
    [InlineData("ok\n\n{{ for in sections }}{{ end }}", 3, 4)]
    public void Compile_BrokenTemplate_NamesFileLineAndColumn(string text, int line, int column)
    {
        var error = Assert.Throws<TemplateCompileException>(() => Compile(text));

        Assert.Equal(("/t/page.sbn-html", line, column), (error.FilePath, error.Line, error.Column));
        Assert.StartsWith($"/t/page.sbn-html:{line}:{column}: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_BrokenPartial_NamesThePartialFile()
    {
        var error = Assert.Throws<TemplateCompileException>(() => Compile("{{ include \"footer\" }}", ("footer", "<footer>\n{{ for x in y }}")));

        Assert.Equal(("/t/partials/footer.sbn-html", 2), (error.FilePath, error.Line));
    }

    [Fact]
    public void Render_MissingPartial_NamesFileLineAndTheKnownPartials()
    {
        var templates = Compile("<p>\n  {{ include \"headr\" }}", ("header", ""), ("footer", ""));

        var error = Assert.Throws<TemplateRenderException>(() => templates.Render(Section("")));

        Assert.Equal(("/t/page.sbn-html", 2, 6), (error.FilePath, error.Line, error.Column));
        Assert.Contains("there is no partial 'headr' (partials: footer, header)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ErrorInAPartial_NamesThePartialsFile()
    {
        var templates = Compile("{{ include \"footer\" }}", ("footer", "<footer>\n{{ no_such_variable }}"));

        var error = Assert.Throws<TemplateRenderException>(() => templates.Render(Section("")));

        Assert.Equal(("/t/partials/footer.sbn-html", 2), (error.FilePath, error.Line));
    }

    [Fact]
    public void Render_MisspeltVariable_IsAnErrorNotAnEmptyString()
    {
        var error = Assert.Throws<TemplateRenderException>(() => Compile("{{ headng }}").Render(Section("")));

        Assert.Contains("headng", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UnknownTemplateName_Throws()
    {
        Assert.Throws<KeyNotFoundException>(() => Compile("x").Render("fragment", Section("")));
    }
}
