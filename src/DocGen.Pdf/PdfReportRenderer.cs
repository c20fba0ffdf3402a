using DocGen.Core.Outline;
using DocGen.Core.Sites;
using DocGen.Layout;
using DocGen.Layout.Composition;
using DocGen.Layout.Fonts;
using DocGen.Pdf.Rendering;

namespace DocGen.Pdf;

/// <summary>
/// Renders a completed report outline to a GB/T 9704 PDF. Thread-safe: each call builds its own
/// document and layout; fonts and PDFsharp's global settings are shared read-only.
/// Throws <see cref="MissingCjkFontException"/> when no CJK font is installed and
/// <see cref="LayoutException"/> when something cannot be placed on any page.
/// </summary>
public sealed class PdfReportRenderer(PdfRenderOptions? options = null)
{
    private readonly IReadOnlyList<string> _fontFolders = options?.FontFolders ?? FontCatalog.DefaultFolders();

    public static PdfReportRenderer Default { get; } = new();

    /// <summary>Scans the font folders and cuts the default faces (once per process, as rendering does) and says whether a PDF can be made.</summary>
    public PdfFontReport CheckFonts()
    {
        var catalog = FontCatalog.For(_fontFolders);
        if (!catalog.Faces.Any(f => !f.IsBold))
            return new PdfFontReport(catalog.Faces.Count, catalog.Skipped, new MissingCjkFontException(catalog.Folders).Message, []);
        var defaults = FontSet.For(catalog, new Dictionary<string, string>());
        return new PdfFontReport(catalog.Faces.Count, catalog.Skipped, null, CompactFaces.CutDefaults(catalog))
        {
            RoleFaces = [.. Enum.GetValues<FontRole>().Select(r => $"{FontChoices.SiteKey(r)}: {defaults[r].Primary}")],
        };
    }

    public PdfDocumentResult Render(ReportOutline outline, SiteProfile site, CancellationToken cancellationToken = default) =>
        Render(outline, site, PdfProfile.Standard, cancellationToken);

    public PdfDocumentResult Render(ReportOutline outline, SiteProfile site, PdfProfile profile, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outline);
        ArgumentNullException.ThrowIfNull(site);
        var pages = new PdfPages(profile);
        ReportPages.Draw(outline, site, FontsFor(site), [pages], cancellationToken);
        return pages.Finish(outline, site);
    }

    /// <summary>The site's fonts from this renderer's folders (shared by every render of the site).</summary>
    internal FontSet FontsFor(SiteProfile site) => FontSet.For(FontCatalog.For(_fontFolders), site.Fonts);
}
