using DocGen.Core.Model;

namespace DocGen.Core.Outline;

/// <summary>
/// Everything a renderer prints, in order, for a completed report: title, preamble, sections,
/// 落款. Renderers draw this and read values through the tables' bindings on <see cref="Report"/>.
/// </summary>
public sealed record ReportOutline(
    AnnualReport Report,
    Edition Edition,
    string Title,
    RichText? Preamble,
    IReadOnlyList<OutlineSection> Sections,
    string SignedBy,
    string SignedOn);
