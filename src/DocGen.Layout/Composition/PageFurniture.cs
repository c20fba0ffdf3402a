using DocGen.Core.Sites;
using DocGen.Layout;
using DocGen.Layout.Fonts;

namespace DocGen.Layout.Composition;

/// <summary>
/// What every page carries outside the text block: the page number “— N —” 7 mm below the
/// block, odd pages right and even pages left, one character in from the edge (GB/T 9704 §7.5);
/// and on the last page the site's name and 网站标识码 in a small line.
/// </summary>
internal static class PageFurniture
{
    private static readonly TextStyle Number = new(FontRole.Body, PageGeometry.PageNumberSize);
    private static readonly TextStyle SiteLine = new(FontRole.Table, PageGeometry.SiteLineSize);

    public static string PageNumberText(int page) => $"— {page} —";

    public static void DrawPageNumber(ICanvas canvas, TextAtomizer atomizer, int page)
    {
        var block = PageGeometry.TextBlock;
        var inset = PageGeometry.PageNumberSize;
        var align = page % 2 == 1 ? TextAlign.Right : TextAlign.Left;
        DrawLine(canvas, atomizer, PageNumberText(page), Number, align, block.X + inset, block.Width - 2 * inset, PageGeometry.PageNumberTop);
    }

    public static void DrawSiteLine(ICanvas canvas, TextAtomizer atomizer, SiteProfile site)
    {
        var text = SiteLineText(site);
        if (text.Length == 0) return;
        var top = PageGeometry.PageNumberTop + PageGeometry.PageNumberSize * 1.5 + 4;
        DrawLine(canvas, atomizer, text, SiteLine, TextAlign.Center, PageGeometry.TextBlock.X, PageGeometry.TextBlock.Width, top);
    }

    public static string SiteLineText(SiteProfile site)
    {
        var parts = new List<string>();
        if (site.Name.Length > 0) parts.Add(site.Name);
        if (site.SiteCode.Length > 0) parts.Add($"网站标识码：{site.SiteCode}");
        return string.Join("　", parts);
    }

    private static void DrawLine(ICanvas canvas, TextAtomizer atomizer, string text, TextStyle style, TextAlign align, double x, double width, double top)
    {
        var atoms = atomizer.Atomize([new StyledText(text, style)]);
        var pitch = style.Size * 1.2;
        canvas.BeginArtifact();
        foreach (var (line, k) in LineBreaker.Break(atoms, width).Select((l, k) => (l, k)))
            LineSetter.Draw(canvas, atoms, line, align, x, width, top + k * pitch, pitch);
        canvas.EndArtifact();
    }
}
