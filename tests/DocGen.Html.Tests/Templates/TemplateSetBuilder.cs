using DocGen.Html.Rendering;
using DocGen.Html.Templates;

namespace DocGen.Html.Tests.Templates;

/// <summary>A template set from strings, named like files of a site, and small view models to render it with.</summary>
internal static class TemplateSetBuilder
{
    private static readonly ScribanTemplateEngine Engine = new();

    public static ICompiledTemplates Compile(string page, params (string Name, string Text)[] partials) =>
        Engine.Compile(
            [new TemplateSource("page", "/t/page.sbn-html", page)],
            partials.Select(p => new TemplateSource(p.Name, $"/t/partials/{p.Name}.sbn-html", p.Text)).ToArray());

    /// <summary>A view record whose five strings a test can set: index_number, document_number, agency, published_on, subject.</summary>
    public static CatalogueView Texts(string indexNumber = "", string documentNumber = "", string agency = "") =>
        new(indexNumber, documentNumber, agency, "", "");

    /// <summary>A section: heading is a caller string, narrative and table are trusted HTML.</summary>
    public static SectionView Section(string heading, string? narrative = null, string? table = null) =>
        new("s1", heading, narrative is null ? null : new TrustedHtml(narrative), table is null ? null : new TrustedHtml(table));

    public static string Render(this ICompiledTemplates templates, object model) => templates.Render("page", model);
}
