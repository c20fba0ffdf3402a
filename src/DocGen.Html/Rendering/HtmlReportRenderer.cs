using DocGen.Core.Outline;

namespace DocGen.Html.Rendering;

/// <summary>
/// Renders a report outline as HTML in a site's templates: <see cref="RenderPage"/> for HTML_PAGE
/// (a complete document in the site's chrome), <see cref="RenderFragment"/> for HTML_FRAGMENT
/// (the report body only, for a CMS to place in its own article page). Pure: the same outline,
/// site version and options always give the same string.
/// </summary>
public static class HtmlReportRenderer
{
    public const string PageTemplate = "page";
    public const string FragmentTemplate = "fragment";

    public static string RenderPage(ReportOutline outline, IHtmlSite site, HtmlRenderOptions? options = null, CancellationToken cancellationToken = default) =>
        Render(PageTemplate, outline, site, options, cancellationToken);

    public static string RenderFragment(ReportOutline outline, IHtmlSite site, HtmlRenderOptions? options = null, CancellationToken cancellationToken = default) =>
        Render(FragmentTemplate, outline, site, options, cancellationToken);

    private static string Render(string template, ReportOutline outline, IHtmlSite site, HtmlRenderOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outline);
        ArgumentNullException.ThrowIfNull(site);
        var view = ReportViewBuilder.Build(outline, site, options ?? HtmlRenderOptions.Default, cancellationToken);
        return site.Templates.Render(template, view, cancellationToken);
    }
}
