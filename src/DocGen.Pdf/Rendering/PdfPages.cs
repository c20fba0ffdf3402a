using DocGen.Core.Outline;
using DocGen.Core.Sites;
using DocGen.Layout;
using DocGen.Layout.Composition;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace DocGen.Pdf.Rendering;

/// <summary>
/// A PDF being drawn page by page (<see cref="IPageDocument"/>): tagged, PDF/A in the archive
/// profile, bookmarks added when <see cref="Finish"/> saves it.
/// </summary>
internal sealed class PdfPages : IPageDocument
{
    private const string DocumentLanguage = "zh-CN";

    private readonly PdfDocument _document = new();
    private readonly PdfProfile _profile;
    private readonly StructureBuilder _structure;
    private readonly List<(string Title, PdfPage Page, double Top)> _bookmarks = [];
    private XGraphics? _graphics;

    public PdfPages(PdfProfile profile)
    {
        _profile = profile;
        PdfSharpSetup.EnsureInitialized();
        ContentCompression.Configure(_document);
        // Both before the first page: PDFsharp's structure builder follows pages as they are added.
        if (profile == PdfProfile.Archive) _document.SetPdfA();
        var accessibility = UAManager.ForDocument(_document);
        accessibility.SetDocumentLanguage(DocumentLanguage);
        _structure = accessibility.StructureBuilder;
    }

    public ICanvas BeginPage(int number)
    {
        var page = _document.AddPage();
        page.Width = XUnit.FromPoint(PageGeometry.PageWidth);
        page.Height = XUnit.FromPoint(PageGeometry.PageHeight);
        _graphics = XGraphics.FromPdfPage(page);
        return new PdfCanvas(page, _graphics, _bookmarks, _structure);
    }

    public void EndPage(ICanvas canvas)
    {
        var pdf = (PdfCanvas)canvas;
        pdf.FinishPage();
        _graphics!.Dispose();
        TextObjectNesting.Apply(pdf.Page);
        ContentCompression.Compress(pdf.Page);
    }

    /// <summary>Adds the bookmarks and the document information (the site in Info and XMP) and saves the PDF.</summary>
    public PdfDocumentResult Finish(ReportOutline outline, SiteProfile site)
    {
        foreach (var (title, page, top) in _bookmarks)
        {
            var entry = _document.Outlines.Add(title, page, true);
            entry.PageDestinationType = PdfPageDestinationType.Xyz;
            entry.Left = 0;
            entry.Top = page.Height.Point - top; // /XYZ takes PDF user space: y grows upwards from the page's foot
        }

        var pageCount = _document.PageCount;
        var id = PdfInfo.Write(_document, outline, site);
        var cidSets = _profile == PdfProfile.Archive ? CidSets.Reserve(_document) : [];
        using var stream = SaveBuffers.Rent();
        _document.Save(stream, closeStream: false);
        var saved = stream.GetBuffer().AsSpan(0, (int)stream.Length);
        DeterministicOutput.Stabilize(saved, id);
        var ranges = SavedObjects.Ranges(saved, _document);
        var written = CidSets.Written(_document, cidSets);
        if (SiteXmp.Written(saved, ranges, _document, site) is { } xmp) written[xmp.ObjectNumber] = xmp.Bytes;
        ContentCompression.CompressSaved(saved, ranges, _document, written);
        return new PdfDocumentResult(SavedObjects.Replace(saved, _document, written), pageCount);
    }
}
