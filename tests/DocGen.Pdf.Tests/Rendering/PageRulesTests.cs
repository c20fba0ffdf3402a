using DocGen.Layout;
using DocGen.Layout.Composition;
using DocGen.Layout.Fonts;
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

    [Theory]
    [InlineData("synthetic-busy-2023", "示例市人民政府办公室", "2024年1月20日")]
    [InlineData("zhangdian-commerce-2017", "张店区商务局", "2018年1月20日")]
    public void Pages_Signature_AgencyTwoCharactersFromTheRightAndDateAsGbT9704Places(string fixture, string agency, string date)
    {
        var page = LaidOutReport.Pages(fixture)[^1];
        var block = PageGeometry.TextBlock;
        const double Two = 2 * PageGeometry.BodySize;

        var (agencyLeft, agencyRight) = page.LineSpan(agency);
        var (dateLeft, dateRight) = page.LineSpan(date);

        // Either the date starts two characters right of the agency's start and ends inside 右空二字,
        // or (a date too long for that) it ends 右空二字 and the agency starts two characters before it.
        var dateIndented = Math.Abs(dateLeft - (agencyLeft + Two)) < 0.5 && Math.Abs(agencyRight - (block.Right - Two)) < 0.5 && dateRight <= block.Right - Two + 0.5;
        var dateRightAligned = Math.Abs(dateRight - (block.Right - Two)) < 0.5 && Math.Abs(agencyLeft - (dateLeft - Two)) < 0.5;
        Assert.True(dateIndented || dateRightAligned, $"agency {agencyLeft:0.#}–{agencyRight:0.#}, date {dateLeft:0.#}–{dateRight:0.#}, block right {block.Right:0.#}");
    }

    [Theory]
    [InlineData(160, 100, 212, 244)] // date shorter than agency less two: agency 右空二字, date two characters in from it
    [InlineData(96, 104, 236, 268)]   // date too long: date 右空二字, agency two characters before it
    [InlineData(0, 104, 0, 268)]      // no agency: date 右空二字
    public void SignatureLefts_AgencyAndDate_PlacedAsGbT9704Says(double agencyWidth, double dateWidth, double agencyLeft, double dateLeft)
    {
        var (agency, dated) = ReportComposer.SignatureLefts(agencyWidth, dateWidth, blockWidth: 404);

        Assert.Equal(dateLeft, dated, 3);
        if (agencyWidth > 0) Assert.Equal(agencyLeft, agency, 3);
    }
}
