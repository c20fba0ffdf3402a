using DocGen.Pdf.Fonts;

namespace DocGen.Pdf;

/// <summary>
/// What the renderer's font folders give: how many CJK faces, which files were skipped and why,
/// and — when no PDF can be made — the problem, naming the packages to install.
/// </summary>
public sealed record PdfFontReport(int CjkFaces, IReadOnlyList<SkippedFontFile> Skipped, string? Problem)
{
    public bool CanRender => Problem is null;
}
