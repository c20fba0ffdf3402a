using DocGen.Pdf;
using Microsoft.Extensions.Logging;

namespace DocGen.Rendering;

/// <summary>Whether rendering can produce every output, and if not, why (for health and the log); which face serves each PDF role.</summary>
public sealed record Readiness(bool CanRenderPdf, string? Reason)
{
    public static readonly Readiness Ready = new(true, null);

    /// <summary>"title: Noto Serif CJK SC Black (NotoSerifCJKsc-Black.ttf#0)", one per role.</summary>
    public IReadOnlyList<string> RoleFaces { get; init; } = [];
}

/// <summary>
/// Finds out once whether the PDF can be produced (the fonts are scanned once per process), logs
/// each skipped font file naming it and, when the PDF cannot be made, the reason. Health reports
/// NOT_SERVING from <see cref="Current"/>.
/// </summary>
public sealed class RenderReadiness
{
    private readonly Lazy<Readiness> _current;

    public RenderReadiness(PdfReportRenderer pdf, ILogger<RenderReadiness> logger) =>
        _current = new Lazy<Readiness>(() => Check(pdf, logger));

    public Readiness Current => _current.Value;

    private static Readiness Check(PdfReportRenderer pdf, ILogger logger)
    {
        var fonts = pdf.CheckFonts();
        foreach (var skipped in fonts.Skipped)
            logger.LogWarning("Font file {Path} skipped: {Reason}", skipped.Path, skipped.Reason);
        foreach (var reason in fonts.DrawnWhole)
            logger.LogWarning("PDF font not cut to the common repertoire (its PDFs are larger and slower to make): {Reason}", reason);
        if (fonts.CanRender)
        {
            logger.LogInformation("PDF fonts: {Faces} CJK faces, {Skipped} font files skipped; {RoleFaces}",
                fonts.CjkFaces, fonts.Skipped.Count, string.Join("; ", fonts.RoleFaces));
            return Readiness.Ready with { RoleFaces = fonts.RoleFaces };
        }
        logger.LogError("PDF cannot be produced: {Reason}", fonts.Problem);
        return new Readiness(false, fonts.Problem);
    }
}
