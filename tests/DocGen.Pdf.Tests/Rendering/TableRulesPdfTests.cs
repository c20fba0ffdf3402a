using System.Globalization;
using System.Text.RegularExpressions;
using DocGen.Layout;
using DocGen.Layout.Composition;
using DocGen.Pdf.Tests.Support;

namespace DocGen.Pdf.Tests.Rendering;

/// <summary>The table rules as the PDF draws them, read back from the page content.</summary>
public partial class TableRulesPdfTests
{
    [Theory]
    [InlineData("synthetic-busy-2023")]
    [InlineData("panjin-commerce-2022")]
    public void Render_EveryPage_StrokesTheLaidOutRulesInAPathOrTwoPerTable(string fixture)
    {
        var pdf = PdfReportRenderer.Default.Render(FixtureReports.Outline(fixture), Fixtures.Site(fixture)).Bytes;
        var laidOut = LaidOutReport.Pages(fixture);

        for (var page = 0; page < laidOut.Count; page++)
        {
            var content = PdfTools.PageContent(pdf, page + 1);
            var drawn = Segments().Matches(content).Select(ToRule).OrderBy(r => (r.X1, r.Y1, r.X2, r.Y2)).ToList();
            var planned = laidOut[page].Rules.OrderBy(r => (r.X1, r.Y1, r.X2, r.Y2)).ToList(); // already rounded to 0.01 pt

            Assert.Equal(planned, drawn);
            Assert.True(Strokes().Count(content) <= 2 * laidOut[page].RuleCalls, $"page {page + 1}: {Strokes().Count(content)} strokes for {laidOut[page].RuleCalls} tables");
        }
    }

    // PDF user space has y from the page's foot, the layout's from its top; the layout's rules are at 0.01 pt.
    private static Rule ToRule(Match m)
    {
        double At(int group) => double.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);
        return new Rule(Math.Round(At(1), 2), Math.Round(PageGeometry.PageHeight - At(2), 2), Math.Round(At(3), 2), Math.Round(PageGeometry.PageHeight - At(4), 2));
    }

    [GeneratedRegex(@"^(-?[\d.]+) (-?[\d.]+) m\n(-?[\d.]+) (-?[\d.]+) l$", RegexOptions.Multiline)]
    private static partial Regex Segments();

    [GeneratedRegex(@"^S$", RegexOptions.Multiline)]
    private static partial Regex Strokes();
}
