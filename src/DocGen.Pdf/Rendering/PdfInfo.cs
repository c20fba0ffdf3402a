using System.Security.Cryptography;
using System.Text;
using DocGen.Core.Outline;
using DocGen.Core.Sites;
using DocGen.Layout.Composition;
using PdfSharp.Pdf;

namespace DocGen.Pdf.Rendering;

/// <summary>The document information dictionary and the file /ID.</summary>
internal static class PdfInfo
{
    private const string Creator = "DocGen";
    internal const string PublisherKey = "/Publisher";
    internal const string SiteCodeKey = "/SiteCode";

    // Determinism: every date comes from the report (signed_on, else the year's last day) and the
    // file /ID is a hash of what identifies the report, so the same request gives the same bytes.
    // The site is the publisher: in the Info dictionary (custom keys, PDF 32000 14.3.3) and in XMP
    // (dc:publisher, and DocGen's own docgen:siteCode), instead of a web footer printed on paper.
    public static string Write(PdfDocument document, ReportOutline outline, SiteProfile site)
    {
        var report = outline.Report;
        var info = document.Info;
        info.Title = outline.Title;
        info.Author = report.Agency;
        info.Subject = DocumentFacts.Subject(outline);
        info.Keywords = string.Join(", ", DocumentFacts.Keywords(outline));
        info.Creator = Creator;
        if (site.Name.Length > 0) info.Elements.SetString(PublisherKey, site.Name);
        if (site.SiteCode.Length > 0) info.Elements.SetString(SiteCodeKey, site.SiteCode);
        var date = DocumentFacts.Date(outline);
        info.CreationDate = date;
        info.ModificationDate = date;

        var id = DocumentFacts.Id(outline, document.PageCount);
        document.Internals.FirstDocumentID = id;
        document.Internals.SecondDocumentID = id;
        return id;
    }
}
