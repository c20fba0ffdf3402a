using DocGen.Core.Model;
using DocGen.Pdf;

namespace DocGen.Rendering;

/// <summary>
/// One report to render for one site. <paramref name="MarkFindings"/> highlights in the HTML the
/// cells that findings are about, for an admin previewing a draft; <paramref name="PdfProfile"/>
/// chooses a standard or an archive (PDF/A) PDF.
/// </summary>
public sealed record RenderJob(string SiteCode, AnnualReport Report, OutputKind Outputs, bool Strict, bool MarkFindings = false, PdfProfile PdfProfile = PdfProfile.Standard);
