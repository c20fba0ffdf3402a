using HandlebarsDotNet;

namespace DocGen.Html.Templates;

/// <summary>
/// Handlebars.Net behind <see cref="ITemplateEngine"/>. Each compiled set gets its own Handlebars
/// environment, so one site's partials never leak into another's. Output is HTML-escaped; the
/// only raw insertion is the <c>{{html X}}</c> helper, and only for <see cref="TrustedHtml"/>.
/// Triple-stash and <c>{{&amp;…}}</c> are refused, so a template author cannot unescape a caller string.
/// </summary>
public sealed class HandlebarsTemplateEngine : ITemplateEngine
{
    public ICompiledTemplates Compile(IReadOnlyCollection<TemplateSource> templates, IReadOnlyCollection<TemplateSource> partials)
    {
        var handlebars = Handlebars.Create();
        handlebars.RegisterHelper("html", WriteTrustedHtml);
        foreach (var partial in partials)
        {
            // Compiled on its own first: registering alone would defer errors to the first render.
            CompileChecked(handlebars, partial);
            handlebars.RegisterTemplate(partial.Name, partial.Text);
        }
        var compiled = templates.ToDictionary(t => t.Name, t => CompileChecked(handlebars, t), StringComparer.Ordinal);
        return new CompiledTemplates(compiled);
    }

    private static HandlebarsTemplate<object, object> CompileChecked(IHandlebars handlebars, TemplateSource source)
    {
        RefuseRawInsertions(source);
        try
        {
            return handlebars.Compile(source.Text);
        }
        catch (HandlebarsException e)
        {
            throw new TemplateCompileException(source.FilePath, TemplateErrorLocator.LineOf(source.Text, e.Message), FirstLine(e.Message), e);
        }
    }

    private static void RefuseRawInsertions(TemplateSource source)
    {
        foreach (var marker in new[] { "{{{", "{{&", "{{~{", "{{~&" })
        {
            var index = source.Text.IndexOf(marker, StringComparison.Ordinal);
            if (index >= 0)
            {
                throw new TemplateCompileException(source.FilePath, TemplateErrorLocator.LineAt(source.Text, index),
                    $"'{marker}' writes unescaped output; use {{{{html X}}}} for HTML built by DocGen");
            }
        }
    }

    private static void WriteTrustedHtml(EncodedTextWriter writer, Context context, Arguments arguments)
    {
        if (arguments.Length == 0) return;
        if (arguments[0] is TrustedHtml trusted) writer.WriteSafeString(trusted.Value);
        else writer.Write(arguments[0]?.ToString() ?? "");
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();

    private sealed class CompiledTemplates(IReadOnlyDictionary<string, HandlebarsTemplate<object, object>> templates) : ICompiledTemplates
    {
        public bool Contains(string name) => templates.ContainsKey(name);

        public string Render(string name, object model) =>
            templates.TryGetValue(name, out var template)
                ? template(model)
                : throw new KeyNotFoundException($"template '{name}' is not in this set");
    }
}
