using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DocGen.Core.Outline;
using DocGen.Core.Sites;
using DocGen.Layout;
using DocGen.Layout.Composition;
using DocGen.Layout.Fonts;
using DocGen.Pdf.Rendering;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace DocGen.Pdf;

/// <summary>
/// Renders a completed report outline to a GB/T 9704 PDF. Thread-safe: each call builds its own
/// document and layout; fonts and PDFsharp's global settings are shared read-only.
/// Throws <see cref="MissingCjkFontException"/> when no CJK font is installed and
/// <see cref="LayoutException"/> when something cannot be placed on any page.
/// </summary>
public sealed class PdfReportRenderer(PdfRenderOptions? options = null)
{
    private const string Creator = "DocGen";
    private const string DocumentLanguage = "zh-CN";
    internal const string PublisherKey = "/Publisher";
    internal const string SiteCodeKey = "/SiteCode";
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
        PdfSharpSetup.EnsureInitialized();
        var fonts = FontSet.For(FontCatalog.For(_fontFolders), site.Fonts);
        var composer = new ReportComposer(fonts);
        var root = composer.Compose(outline, cancellationToken);

        var document = new PdfDocument();
        ContentCompression.Configure(document);
        // Both before the first page: PDFsharp's structure builder follows pages as they are added.
        if (profile == PdfProfile.Archive) document.SetPdfA();
        var accessibility = UAManager.ForDocument(document);
        accessibility.SetDocumentLanguage(DocumentLanguage);
        var structure = accessibility.StructureBuilder;
        var bookmarks = new List<(string Title, PdfPage Page, double Top)>();
        XGraphics? graphics = null;
        var pages = Paginator.Run(
            root,
            PageGeometry.TextBlock,
            _ =>
            {
                var page = document.AddPage();
                page.Width = XUnit.FromPoint(PageGeometry.PageWidth);
                page.Height = XUnit.FromPoint(PageGeometry.PageHeight);
                graphics = XGraphics.FromPdfPage(page);
                return new PdfCanvas(page, graphics, bookmarks, structure);
            },
            (number, canvas, last) =>
            {
                PageFurniture.DrawPageNumber(canvas, composer.Atomizer, number);
                if (last && site.PrintSiteLine) PageFurniture.DrawSiteLine(canvas, composer.Atomizer, site);
                ((PdfCanvas)canvas).FinishPage();
                graphics!.Dispose();
                TextObjectNesting.Apply(((PdfCanvas)canvas).Page);
                ContentCompression.Compress(((PdfCanvas)canvas).Page);
            },
            cancellationToken);

        foreach (var (title, page, top) in bookmarks)
        {
            var entry = document.Outlines.Add(title, page, true);
            entry.PageDestinationType = PdfPageDestinationType.Xyz;
            entry.Left = 0;
            entry.Top = page.Height.Point - top; // /XYZ takes PDF user space: y grows upwards from the page's foot
        }

        var id = WriteInfo(document, outline, site);
        var cidSets = profile == PdfProfile.Archive ? CidSets.Reserve(document) : [];
        using var stream = SaveBuffers.Rent();
        document.Save(stream, closeStream: false);
        var saved = stream.GetBuffer().AsSpan(0, (int)stream.Length);
        DeterministicOutput.Stabilize(saved, id);
        return new PdfDocumentResult(CidSets.Write(saved, document, cidSets), pages);
    }

    // Determinism: every date comes from the report (signed_on, else the year's last day) and the
    // file /ID is a hash of what identifies the report, so the same request gives the same bytes.
    // The site is the publisher: in the Info dictionary (custom keys, PDF 32000 14.3.3) and in XMP
    // (dc:publisher, and DocGen's own docgen:siteCode), instead of a web footer printed on paper.
    private static string WriteInfo(PdfDocument document, ReportOutline outline, SiteProfile site)
    {
        var report = outline.Report;
        var info = document.Info;
        info.Title = outline.Title;
        info.Author = report.Agency;
        info.Subject = $"{report.Agency}{report.Year}年政府信息公开工作年度报告";
        info.Keywords = $"政府信息公开, 年度报告, {report.Agency}, {report.Year}";
        info.Creator = Creator;
        if (site.Name.Length > 0) info.Elements.SetString(PublisherKey, site.Name);
        if (site.SiteCode.Length > 0) info.Elements.SetString(SiteCodeKey, site.SiteCode);
        var date = DocumentDate(outline);
        info.CreationDate = date;
        info.ModificationDate = date;

        var id = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(
            $"{outline.Title}\n{report.Agency}\n{report.Year}\n{outline.SignedOn}\n{document.PageCount}")))[..32];
        document.Internals.FirstDocumentID = id;
        document.Internals.SecondDocumentID = id;
        return id;
    }

    internal static DateTime DocumentDate(ReportOutline outline) =>
        DateTime.TryParseExact(outline.SignedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var signed)
            ? DateTime.SpecifyKind(signed, DateTimeKind.Utc)
            : new DateTime(Math.Clamp(outline.Report.Year, 1, 9998), 12, 31, 0, 0, 0, DateTimeKind.Utc);
}
