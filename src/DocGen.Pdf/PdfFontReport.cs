using DocGen.Layout.Fonts;

namespace DocGen.Pdf;

/// <summary>
/// What the renderer's font folders give: how many CJK faces, which files were skipped and why,
/// and — when no PDF can be made — the problem, naming the packages to install. <see cref="DrawnWhole"/>:
/// faces PDF text is drawn with that could not be cut to the common repertoire, each with the reason
/// (their PDFs are still right, only larger and slower to make). <see cref="RoleFaces"/>: the face that
/// serves each role by default ("body: FandolFang Regular (FandolFang-Regular.ttf#0)"), in role order.
/// </summary>
public sealed record PdfFontReport(int CjkFaces, IReadOnlyList<SkippedFontFile> Skipped, string? Problem, IReadOnlyList<string> DrawnWhole)
{
    public IReadOnlyList<string> RoleFaces { get; init; } = [];

    public bool CanRender => Problem is null;
}
