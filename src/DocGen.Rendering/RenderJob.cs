using DocGen.Core.Model;

namespace DocGen.Rendering;

/// <summary>One report to render for one site.</summary>
public sealed record RenderJob(string SiteCode, AnnualReport Report, OutputKind Outputs, bool Strict);
