using System.Text;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace DocGen.Html.Templates;

/// <summary>A parsed template set. Each render gets its own <see cref="HtmlTemplateContext"/>; the parsed trees are shared and never change.</summary>
internal sealed class ScribanTemplateSet(IReadOnlyDictionary<string, Template> templates, IReadOnlyDictionary<string, Template> partials)
    : ICompiledTemplates
{
    /// <summary>The last page's length: the next page's buffer starts that big instead of doubling its way up (a racy hint, nothing more).</summary>
    private int _lastLength = 16 * 1024;

    public bool Contains(string name) => templates.ContainsKey(name);

    public string Render(string name, object model, CancellationToken cancellationToken = default)
    {
        if (!templates.TryGetValue(name, out var template)) throw new KeyNotFoundException($"template '{name}' is not in this set");
        var context = new HtmlTemplateContext(partials, cancellationToken);
        context.PushGlobal(context.GlobalsOf(model));
        context.PushOutput(new StringBuilderOutput(new StringBuilder(_lastLength + 1024)));
        try
        {
            var page = template.Render(context);
            _lastLength = page.Length;
            return page;
        }
        catch (ScriptRuntimeException) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken);
        }
        catch (ScriptRuntimeException e)
        {
            throw new TemplateRenderException(e.Span.FileName ?? template.SourceFilePath ?? name,
                e.Span.Start.Line + 1, e.Span.Start.Column + 1, e.OriginalMessage, e);
        }
    }
}
