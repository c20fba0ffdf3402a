using DocGen.Core.Outline;
using DocGen.Core.Sites;
using DocGen.Layout.Composition;
using DocGen.Ofd;
using DocGen.Ofd.Writing;
using DocGen.Pdf;
using DocGen.Pdf.Rendering;

namespace DocGen.Rendering;

/// <summary>What <see cref="PrintRenderer"/> made: the formats asked for, the others null.</summary>
public sealed record PrintedReport(PdfDocumentResult? Pdf, OfdDocumentResult? Ofd);

/// <summary>
/// The fixed-layout formats of a report: the layout runs once and each page is drawn to the PDF and
/// the OFD at the same time, so both have the same pages and glyph positions. Thread-safe.
/// Throws what <see cref="PdfReportRenderer"/> throws.
/// </summary>
public sealed class PrintRenderer(PdfReportRenderer pdf)
{
    public PrintedReport Render(ReportOutline outline, SiteProfile site, PdfProfile profile, bool withPdf, bool withOfd, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outline);
        ArgumentNullException.ThrowIfNull(site);
        if (!withPdf && !withOfd) return new PrintedReport(null, null);
        var pdfPages = withPdf ? new PdfPages(profile) : null;
        var ofdPages = withOfd ? new OfdPages() : null;
        IPageDocument[] documents = [.. new IPageDocument?[] { pdfPages, ofdPages }.OfType<IPageDocument>()];
        ReportPages.Draw(outline, site, pdf.FontsFor(site), documents, cancellationToken);
        return new PrintedReport(pdfPages?.Finish(outline, site), ofdPages?.Finish(outline, site));
    }
}
