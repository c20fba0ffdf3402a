using DocGen.Core.Model;

namespace DocGen.Rendering;

/// <summary>
/// One report to render for one site. <paramref name="MarkFindings"/> highlights in the HTML the
/// cells that findings are about, for an admin previewing a draft.
/// </summary>
public sealed record RenderJob(string SiteCode, AnnualReport Report, OutputKind Outputs, bool Strict, bool MarkFindings = false);
