using Scriban;
using Scriban.Parsing;

namespace DocGen.Html.Templates;

/// <summary>
/// Scriban behind <see cref="ITemplateEngine"/>: every template and partial of a set is parsed
/// once here, and renders share the parsed trees. Each set resolves <c>include</c> only within
/// itself, so one site's partials never leak into another's and no file is read while rendering.
/// </summary>
public sealed class ScribanTemplateEngine : ITemplateEngine
{
    public ICompiledTemplates Compile(IReadOnlyCollection<TemplateSource> templates, IReadOnlyCollection<TemplateSource> partials)
    {
        var parsedPartials = partials.ToDictionary(p => p.Name, Parse, StringComparer.Ordinal);
        var parsed = templates.ToDictionary(t => t.Name, Parse, StringComparer.Ordinal);
        return new ScribanTemplateSet(parsed, parsedPartials);
    }

    private static Template Parse(TemplateSource source)
    {
        var template = Template.Parse(source.Text, source.FilePath);
        var error = template.Messages.FirstOrDefault(m => m.Type == ParserMessageType.Error);
        if (error is null) return template;
        var (line, column) = error.Span.Start.Line >= 0
            ? (error.Span.Start.Line + 1, error.Span.Start.Column + 1)
            : EndOf(source.Text); // Scriban gives no position for "unexpected end of template"
        throw new TemplateCompileException(source.FilePath, line, column, error.Message);
    }

    private static (int Line, int Column) EndOf(string text) =>
        (1 + text.AsSpan().Count('\n'), 1 + text.Length - (text.LastIndexOf('\n') + 1));
}
