using System.Security.Cryptography;
using System.Text;
using DocGen.Core.Outline;
using DocGen.Layout.Composition;
using PdfSharp.Pdf;

namespace DocGen.Pdf.Rendering;

/// <summary>The document information dictionary and the file /ID.</summary>
internal static class PdfInfo
{
    private const string Creator = "DocGen";

    // Determinism: every date comes from the report (signed_on, else the year's last day) and the
    // file /ID is a hash of what identifies the report, so the same request gives the same bytes.
    public static string Write(PdfDocument document, ReportOutline outline)
    {
        var report = outline.Report;
        var info = document.Info;
        info.Title = outline.Title;
        info.Author = report.Agency;
        info.Subject = DocumentFacts.Subject(outline);
        info.Keywords = string.Join(", ", DocumentFacts.Keywords(outline));
        info.Creator = Creator;
        var date = DocumentFacts.Date(outline);
        info.CreationDate = date;
        info.ModificationDate = date;

        var id = DocumentFacts.Id(outline, document.PageCount);
        document.Internals.FirstDocumentID = id;
        document.Internals.SecondDocumentID = id;
        return id;
    }
}
