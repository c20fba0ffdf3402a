namespace DocGen.Html.Templates;

/// <summary>Compiles a template set: top-level templates (page, fragment) that may include the partials.</summary>
public interface ITemplateEngine
{
    /// <exception cref="TemplateCompileException">A template or partial does not parse.</exception>
    ICompiledTemplates Compile(IReadOnlyCollection<TemplateSource> templates, IReadOnlyCollection<TemplateSource> partials);
}

/// <summary>A compiled, immutable template set; safe to render from many threads.</summary>
public interface ICompiledTemplates
{
    bool Contains(string name);

    /// <summary>Renders template <paramref name="name"/> with <paramref name="model"/>; every value is HTML-escaped except <see cref="TrustedHtml"/>.</summary>
    /// <exception cref="TemplateRenderException">The template failed or passed a sandbox limit; names file, line and column.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    string Render(string name, object model, CancellationToken cancellationToken = default);
}
