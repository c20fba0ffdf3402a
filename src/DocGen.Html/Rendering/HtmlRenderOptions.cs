using DocGen.Core.Layout;
using DocGen.Core.Validation;

namespace DocGen.Html.Rendering;

/// <summary>
/// How to render. <see cref="MarkedPaths"/> are value-cell field paths (as in
/// <see cref="Finding.Path"/>, a pattern with <c>*</c> naming several cells: <see cref="FieldPattern"/>)
/// to show with <see cref="MarkedCssClass"/>: an admin preview highlights the cells validation
/// found something about.
/// </summary>
public sealed record HtmlRenderOptions
{
    public static readonly HtmlRenderOptions Default = new();

    public IReadOnlySet<string> MarkedPaths { get; init; } = new HashSet<string>();

    /// <summary>Whether the cell at <paramref name="path"/> is marked: named by a marked path or pattern.</summary>
    public bool Marks(string path) =>
        MarkedPaths.Contains(path) || MarkedPaths.Any(p => FieldPattern.IsPattern(p) && FieldPattern.Names(p, path));

    public string MarkedCssClass { get; init; } = "docgen-marked";

    public static HtmlRenderOptions MarkingFindings(IEnumerable<Finding> findings) =>
        new() { MarkedPaths = findings.Select(f => f.Path).Where(p => p.Length > 0).ToHashSet(StringComparer.Ordinal) };
}
