using System.Globalization;
using DocGen.Layout;
using DocGen.Layout.Fonts;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;
using PdfSharp.UniversalAccessibility;

namespace DocGen.Pdf.Rendering;

/// <summary>
/// Draws one PDF page with PDFsharp. XFonts are made once per process. With a structure builder the
/// page is tagged: structure elements and artifacts go to PDFsharp's <see cref="StructureBuilder"/>,
/// which marks the content and builds the structure tree (elements may continue on the next page).
/// </summary>
internal sealed class PdfCanvas(PdfPage page, XGraphics graphics,
    List<(string Title, PdfPage Page, double Top)> bookmarks, StructureBuilder? structure) : ICanvas
{
    private const int PrintFlag = 4; // annotation /F: printed (PDF/A requires it), never hidden
    private static readonly XPen RulePen = new(XColors.Black, 0.5);
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);
    // XStringFormats.BaseLineLeft makes a new format at every call; DrawString only reads it.
    private static readonly XStringFormat BaseLineLeft = XStringFormats.BaseLineLeft;
    // An XFont belongs to no document (each document keeps its own font objects and subsets), so
    // one per face, size and weight serves every render; the sizes are PageGeometry's few.
    private static readonly Memo<(string, double, bool), XFont> Fonts = ProcessCaches.Create<(string, double, bool), XFont>("PDFsharp fonts", 1024);

    public PdfPage Page => page;

    public XGraphics Graphics => graphics;

    public void DrawText(string text, FontFace face, bool simulateBold, double size, double x, double baseline, double characterSpacing = 0)
    {
        if (characterSpacing == 0)
        {
            graphics.DrawString(text, Font(face, size, simulateBold), XBrushes.Black, x, baseline, BaseLineLeft);
            return;
        }
        // XGraphics has no character spacing; PDFsharp's own content builder takes the Tc operator
        // (a text state operator, valid inside and outside text objects), which we reset after the run.
        var content = graphics.Internals.ContentStringBuilder ?? throw new InvalidOperationException("a PDF page's graphics have a content builder");
        content.Append(CultureInfo.InvariantCulture, $"{characterSpacing:0.####} Tc\n");
        graphics.DrawString(text, Font(face, size, simulateBold), XBrushes.Black, x, baseline, BaseLineLeft);
        content.Append("0 Tc\n");
    }

    public void DrawRules(IReadOnlyList<Rule> rules, double width)
    {
        if (rules.Count == 0) return;
        // XGraphics strokes one path per call and its Core paths cannot start a second subpath, so the
        // first rule goes through DrawLine (which sets the pen, leaves text mode and opens the marked
        // content) and the others are appended as subpaths of one more path in the same user space
        // (PDFsharp's: y from the page's foot, four decimals).
        var first = rules[0];
        graphics.DrawLine(width == RulePen.Width ? RulePen : new XPen(XColors.Black, width), first.X1, first.Y1, first.X2, first.Y2);
        if (rules.Count == 1) return;
        var content = graphics.Internals.ContentStringBuilder ?? throw new InvalidOperationException("a PDF page's graphics have a content builder");
        var height = page.Height.Point;
        for (var i = 1; i < rules.Count; i++)
        {
            var r = rules[i];
            content.Append(CultureInfo.InvariantCulture, $"{r.X1:0.####} {height - r.Y1:0.####} m\n{r.X2:0.####} {height - r.Y2:0.####} l\n");
        }
        content.Append("S\n");
    }

    public void AddLink(Box area, string url) => Stabilize(page.AddWebLink(Rectangle(area), LinkUri.FromIri(url)));

    public void DrawLinkedText(string text, FontFace face, bool simulateBold, double size, double x, double baseline, Box area, string url, double characterSpacing = 0)
    {
        if (structure is null)
        {
            DrawText(text, face, simulateBold, size, x, baseline, characterSpacing);
            AddLink(area, url);
            return;
        }
        var uri = LinkUri.FromIri(url);
        var link = PdfLinkAnnotation.CreateWebLink(Rectangle(area), uri);
        structure.BeginElement(link, uri); // a Link element holding the text and the annotation; /Contents names the target
        DrawText(text, face, simulateBold, size, x, baseline, characterSpacing);
        structure.End();
        Stabilize(link);
    }

    public void AddBookmark(string title, double top) => bookmarks.Add((title, page, top));

    public void BeginTag(StructureTag tag, int rowSpan = 1, int colSpan = 1)
    {
        if (structure is null) return;
        switch (tag)
        {
            case StructureTag.H1: structure.BeginElement(PdfBlockLevelElementTag.Heading1); break;
            case StructureTag.H2: structure.BeginElement(PdfBlockLevelElementTag.Heading2); break;
            case StructureTag.P: structure.BeginElement(PdfBlockLevelElementTag.Paragraph); break;
            case StructureTag.Table: structure.BeginElement(PdfBlockLevelElementTag.Table); break;
            case StructureTag.TR: structure.BeginElement(PdfBlockLevelElementTag.TableRow); break;
            case StructureTag.TH: structure.BeginElement(PdfBlockLevelElementTag.TableHeaderCell); break;
            case StructureTag.TD: structure.BeginElement(PdfBlockLevelElementTag.TableDataCell); break;
        }
        if (rowSpan > 1) structure.SetRowSpan(rowSpan);
        if (colSpan > 1) structure.SetColSpan(colSpan);
    }

    public void EndTag() => structure?.End();

    public void BeginArtifact() => structure?.BeginArtifact();

    public void EndArtifact() => structure?.End();

    /// <summary>Closes the page's open marked content before its graphics are disposed; open elements continue on the next page.</summary>
    public void FinishPage() => structure?.EndMarkedContentsWithId();

    private PdfRectangle Rectangle(Box area)
    {
        var height = page.Height.Point;
        return new PdfRectangle(new XPoint(area.X, height - area.Bottom), new XPoint(area.Right, height - area.Y));
    }

    // PDFsharp stamps each annotation with a random /NM and the clock's /M; both are optional, and both break determinism.
    private static void Stabilize(PdfLinkAnnotation link)
    {
        link.Elements.Remove("/NM");
        link.Elements.Remove("/M");
        link.Elements.SetInteger("/F", PrintFlag);
    }

    private static XFont Font(FontFace face, double size, bool simulateBold) =>
        Fonts.GetOrAdd((face.Key, size, simulateBold), key =>
        {
            FontRegistry.Register(face);
            return new XFont(key.Item1, key.Item2, key.Item3 ? XFontStyleEx.Bold : XFontStyleEx.Regular, Unicode);
        });
}
