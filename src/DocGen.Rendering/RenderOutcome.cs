using DocGen.Core.Model;
using DocGen.Core.Validation;

namespace DocGen.Rendering;

/// <summary>What a render produced. Outputs not asked for are null.</summary>
public sealed record RenderOutcome(
    Edition Edition,
    IReadOnlyList<Finding> Findings,
    string? HtmlPage,
    string? HtmlFragment,
    byte[]? Pdf,
    int PageCount,
    string ContentSha256,
    byte[]? Ofd = null);
