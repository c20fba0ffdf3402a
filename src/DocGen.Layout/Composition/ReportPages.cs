using DocGen.Core.Outline;
using DocGen.Core.Sites;
using DocGen.Layout.Fonts;

namespace DocGen.Layout.Composition;

/// <summary>One format's document, drawn page by page while the layout runs.</summary>
internal interface IPageDocument
{
    /// <summary>Adds page <paramref name="number"/> (1-based) and returns the canvas that draws it.</summary>
    ICanvas BeginPage(int number);

    /// <summary>The page's content and furniture are drawn.</summary>
    void EndPage(ICanvas canvas);
}

/// <summary>
/// Lays a report out once and draws every page to each of the documents at the same time (a PDF,
/// an OFD, or both): the documents get the same pages, glyph positions, rules and furniture.
/// </summary>
internal static class ReportPages
{
    /// <returns>The number of pages.</returns>
    public static int Draw(ReportOutline outline, SiteProfile site, FontSet fonts, IReadOnlyList<IPageDocument> documents, CancellationToken cancellationToken)
    {
        if (documents.Count == 0) throw new ArgumentException("a report is drawn to at least one document", nameof(documents));
        var composer = new ReportComposer(fonts);
        var root = composer.Compose(outline, cancellationToken);
        var canvases = new ICanvas[documents.Count];
        return Paginator.Run(
            root,
            PageGeometry.TextBlock,
            number =>
            {
                for (var i = 0; i < documents.Count; i++) canvases[i] = documents[i].BeginPage(number);
                return canvases.Length == 1 ? canvases[0] : new TeeCanvas([.. canvases]);
            },
            (number, canvas, last) =>
            {
                PageFurniture.DrawPageNumber(canvas, composer.Atomizer, number);
                if (last && site.PrintSiteLine) PageFurniture.DrawSiteLine(canvas, composer.Atomizer, site);
                for (var i = 0; i < documents.Count; i++) documents[i].EndPage(canvases[i]);
            },
            cancellationToken);
    }
}
