using DocGen.Core.Outline;
using DocGen.Core.Sites;
using DocGen.Layout;
using DocGen.Layout.Fonts;
using DocGen.Layout.Tests.Support;
using DocGen.Layout.Composition;

namespace DocGen.Pdf.Tests.Support;

/// <summary>
/// A report laid out with the installed fonts exactly as the renderer lays it out, each page drawn
/// to a <see cref="RecordingCanvas"/>: page-level rules are checked in points, not pixels.
/// </summary>
internal static class LaidOutReport
{
    public static List<RecordingCanvas> Pages(ReportOutline outline, SiteProfile site)
    {
        var fonts = FontSet.Resolve(FontCatalog.For(FontCatalog.DefaultFolders()), site.Fonts);
        var root = new ReportComposer(fonts).Compose(outline);
        var pages = new List<RecordingCanvas>();
        Paginator.Run(root, PageGeometry.TextBlock, _ => { var c = new RecordingCanvas(); pages.Add(c); return c; }, (_, _, _) => { }, CancellationToken.None);
        return pages;
    }

    public static List<RecordingCanvas> Pages(string fixture) => Pages(FixtureReports.Outline(fixture), Fixtures.Site(fixture));

    /// <summary>The 0-based index of the first page with a line (all text on one baseline) containing <paramref name="text"/>, or -1.</summary>
    public static int PageOf(this List<RecordingCanvas> pages, string text) =>
        pages.FindIndex(p => p.TextLines().Any(l => l.Contains(text, StringComparison.Ordinal)));

    /// <summary>The left and right edges of the line whose text starts with <paramref name="prefix"/> (all its pieces).</summary>
    public static (double Left, double Right) LineSpan(this RecordingCanvas page, string prefix)
    {
        var first = page.Texts.First(t => t.Value.StartsWith(prefix[..1], StringComparison.Ordinal)
            && string.Concat(page.Texts.Where(o => Math.Abs(o.Baseline - t.Baseline) < 0.1).OrderBy(o => o.X).Select(o => o.Value)).StartsWith(prefix, StringComparison.Ordinal));
        var line = page.Texts.Where(t => Math.Abs(t.Baseline - first.Baseline) < 0.1).ToList();
        return (line.Min(t => t.X), line.Max(t => t.X + t.Width));
    }
}
