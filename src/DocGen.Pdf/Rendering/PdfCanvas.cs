using DocGen.Pdf.Fonts;
using DocGen.Pdf.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace DocGen.Pdf.Rendering;

/// <summary>Draws one PDF page with PDFsharp. Fonts are cached per document.</summary>
internal sealed class PdfCanvas(PdfPage page, XGraphics graphics, Dictionary<(string, double, bool), XFont> fonts, List<(string Title, PdfPage Page, double Top)> bookmarks) : ICanvas
{
    private static readonly XPen Rule = new(XColors.Black, 0.5);
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    public PdfPage Page => page;

    public XGraphics Graphics => graphics;

    public void DrawText(string text, FontFace face, bool simulateBold, double size, double x, double baseline) =>
        graphics.DrawString(text, Font(face, size, simulateBold), XBrushes.Black, x, baseline, XStringFormats.BaseLineLeft);

    public void DrawLine(double x1, double y1, double x2, double y2, double width) =>
        graphics.DrawLine(width == Rule.Width ? Rule : new XPen(XColors.Black, width), x1, y1, x2, y2);

    public void AddLink(Box area, string url)
    {
        var height = page.Height.Point;
        var link = page.AddWebLink(new PdfRectangle(new XPoint(area.X, height - area.Bottom), new XPoint(area.Right, height - area.Y)), LinkUri.FromIri(url));
        // PDFsharp stamps each annotation with a random /NM and the clock's /M; both are optional, and both break determinism.
        link.Elements.Remove("/NM");
        link.Elements.Remove("/M");
    }

    public void AddBookmark(string title, double top) => bookmarks.Add((title, page, top));

    private XFont Font(FontFace face, double size, bool simulateBold)
    {
        var key = (face.Key, size, simulateBold);
        if (!fonts.TryGetValue(key, out var font))
        {
            font = new XFont(face.Key, size, simulateBold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Unicode);
            fonts[key] = font;
        }
        return font;
    }
}
