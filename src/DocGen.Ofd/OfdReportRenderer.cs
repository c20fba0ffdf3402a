using DocGen.Core.Outline;
using DocGen.Core.Sites;
using DocGen.Layout.Composition;
using DocGen.Layout.Fonts;
using DocGen.Ofd.Writing;

namespace DocGen.Ofd;

/// <summary>
/// Renders a completed report outline to an OFD (GB/T 33190-2016) with the same layout, faces and
/// pages as the PDF. Thread-safe. Throws <see cref="MissingCjkFontException"/> when no CJK font is
/// installed and <see cref="Layout.LayoutException"/> when something cannot be placed on any page.
/// </summary>
public sealed class OfdReportRenderer(IReadOnlyList<string>? fontFolders = null)
{
    private readonly IReadOnlyList<string> _fontFolders = fontFolders ?? FontCatalog.DefaultFolders();

    public static OfdReportRenderer Default { get; } = new();

    public OfdDocumentResult Render(ReportOutline outline, SiteProfile site, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outline);
        ArgumentNullException.ThrowIfNull(site);
        var pages = new OfdPages();
        ReportPages.Draw(outline, site, FontSet.For(FontCatalog.For(_fontFolders), site.Fonts), [pages], cancellationToken);
        return pages.Finish(outline, site);
    }
}
