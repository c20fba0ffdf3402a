using DocGen.Pdf.Layout;
using DocGen.Pdf.Rendering;
using DocGen.Pdf.Fonts;
using DocGen.Pdf.Tests.Support;

namespace DocGen.Pdf.Tests.Rendering;

/// <summary>The rules an editor checks on the printed pages of the fixtures, read from the laid-out pages.</summary>
public class PageRulesTests
{
    [Fact]
    public void Pages_Panjin2022_Table三StartsWithItsHeadingAndMoreThanAHandfulOfRows()
    {
        var pages = LaidOutReport.Pages("panjin-commerce-2022");

        var heading = pages.PageOf("三、收到和处理政府信息公开申请情况");
        Assert.Equal(heading, pages.PageOf("（本列数据的勾稽关系为"));
        Assert.Equal(heading, pages.PageOf("1.属于国家秘密"));
    }

    [Theory]
    [InlineData("synthetic-busy-2023")]
    [InlineData("panjin-commerce-2022")]
    public void Pages_OtherHandlingGroup_ItsThreeRowsOnOnePage(string fixture)
    {
        var pages = LaidOutReport.Pages(fixture);

        var first = pages.PageOf("1.申请人无正当理由");
        Assert.True(first >= 0);
        Assert.Equal(first, pages.PageOf("3.其他"));
    }

    [Theory]
    [MemberData(nameof(Fixtures.Names), MemberType = typeof(Fixtures))]
    public void NationalTables_Fixture_NoLabelOrHeadingEndsWithOneCharacterAlone(string fixture)
    {
        var outline = FixtureReports.Outline(fixture);
        var atomizer = new TextAtomizer(FontSet.Resolve(FontCatalog.For(FontCatalog.DefaultFolders()), Fixtures.Site(fixture).Fonts));

        foreach (var table in outline.Sections.Select(s => s.Table).OfType<DocGen.Core.Layout.TableLayout>())
        {
            var (spec, cells) = NationalTables.ToSpec(table, outline.Report, atomizer);
            var m = TableMetrics.Measure(spec, cells, PageGeometry.TextBlock.Width);
            var lonely = m.Cells.Where(c => c.Spec.Kind != CellKind.Value && CellLines.EndsWithOneCharacter(c.Spec.Atoms, m.Lines[c]))
                .Select(c => string.Concat(c.Spec.Atoms.Select(a => a.Text))).ToList();
            Assert.True(lonely.Count == 0, $"table {table.Key}: {string.Join("、", lonely)}");
        }
    }
}
