using DocGen.Layout;
using DocGen.Layout.Tests.Support;

namespace DocGen.Layout.Tests;

/// <summary>
/// With the fixed-width test face at 10 pt a one-line row is 18 pt (13 pt line + 2 × 2.5 pt padding).
/// </summary>
public class TablePlannerTests
{
    private const double Row = 18;

    private static TableCellSpec H(string text, int colSpan = 1, int rowSpan = 1) => new(TestText.Atoms(text), CellKind.Header, colSpan, rowSpan);
    private static TableCellSpec L(string text, int rowSpan = 1, int colSpan = 1) => new(TestText.Atoms(text), CellKind.Label, colSpan, rowSpan);
    private static TableCellSpec V(string text) => new(TestText.Atoms(text), CellKind.Value);

    private static TableSpec Table(int headerRows, params TableCellSpec[][] rows) =>
        new("t", rows[0].Sum(c => c.ColSpan), headerRows, rows, TestText.Size);

    // 项目 | 数量 header, then rows 行1…行n.
    private static TableSpec Simple(int bodyRows) =>
        Table(1, [[H("项目"), H("数量")], .. Enumerable.Range(1, bodyRows).Select(i => new[] { L($"行{i}"), V($"{i}") })]);

    // Header, 一, then 三 spanning `groupRows` rows with its own sub-labels, then 四.
    private static TableSpec WithGroup(int groupRows, int leadingRows = 1)
    {
        var rows = new List<TableCellSpec[]> { new[] { H("项目", 2), H("数量") } };
        for (var i = 1; i <= leadingRows; i++) rows.Add([L(leadingRows == 1 ? "一" : $"一{i}", colSpan: 2), V("1")]);
        rows.Add([L("三", rowSpan: groupRows), L("甲1"), V("3")]);
        for (var i = 2; i <= groupRows; i++) rows.Add([L($"甲{i}"), V("3")]);
        rows.Add([L("四", colSpan: 2), V("4")]);
        return Table(1, [.. rows]);
    }

    private static List<RecordingCanvas> DrawAllPages(TableElement table, double pageHeight, double firstPageHeight)
    {
        var pages = new List<RecordingCanvas>();
        var height = firstPageHeight;
        while (pages.Count < 100)
        {
            var plan = table.Measure(new Size(200, height));
            if (plan.IsWrap && height < pageHeight) { height = pageHeight; continue; }
            Assert.False(plan.IsWrap, plan.Reason);
            var canvas = new RecordingCanvas();
            table.Draw(canvas, new Box(0, 0, 200, height));
            pages.Add(canvas);
            if (plan.IsFull) return pages;
            height = pageHeight;
        }
        throw new InvalidOperationException("table never finished");
    }

    [Fact]
    public void Measure_TableLongerThanPage_RepeatsHeaderRowsOnEveryPageAndNeverSplitsARow()
    {
        var table = new TableElement(Simple(20), fullPageHeight: 100);

        var pages = DrawAllPages(table, pageHeight: 100, firstPageHeight: 100);

        Assert.Equal(5, pages.Count); // header + 4 rows = 90 pt per page
        Assert.All(pages, p => Assert.Equal("项目数量", p.TextLines()[0]));
        var bodyLines = pages.SelectMany(p => p.TextLines().Skip(1)).ToList();
        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"行{i}{i}"), bodyLines);
    }

    [Fact]
    public void Measure_HeadingRowsFirstOnPageWithLittleRoom_MoveToNextPageWithTheRowBelow()
    {
        // Table 二's shape: a heading row, a row of column headings, then figures; the table starts low on a page.
        var spec = Table(1, [H("项目"), H("数量")], [H("第二十条第（一）项", 2)], [H("信息内容"), H("数量")], [L("规章"), V("1")]);
        var m = TableMetrics.Measure(spec, TableGridPlacer.Place(spec), 200);

        var (lowOnPage, _) = TablePlanner.PlanPage(m, startRow: 1, available: 3 * Row, fullPageHeight: 300);
        var (onFreshPage, _) = TablePlanner.PlanPage(m, startRow: 1, available: 300, fullPageHeight: 300);

        Assert.Null(lowOnPage);
        Assert.NotNull(onFreshPage);
        Assert.Equal(4, onFreshPage.EndRow);
    }

    [Fact]
    public void Measure_RowSpanGroupFitsOnFreshPage_MovesToNextPageWhole()
    {
        var spec = WithGroup(3, leadingRows: 6);
        var m = TableMetrics.Measure(spec, TableGridPlacer.Place(spec), 200);

        var (plan, _) = TablePlanner.PlanPage(m, startRow: 1, available: 9 * Row, fullPageHeight: 300);

        Assert.NotNull(plan);
        Assert.Equal(7, plan.EndRow); // only 一1–一6: the three rows of 三 go together to the next page
        Assert.Equal(7 * Row, plan.Height);
    }

    [Fact]
    public void Measure_RowSpanGroupTallerThanPage_ContinuesWithLabelRepeated()
    {
        var table = new TableElement(WithGroup(8), fullPageHeight: 6 * Row);

        var pages = DrawAllPages(table, pageHeight: 6 * Row, firstPageHeight: 6 * Row);

        Assert.True(pages.Count >= 2);
        var pagesWithLabel = pages.Count(p => p.Texts.Any(t => t.Value == "三"));
        var pagesWithGroupRows = pages.Count(p => p.Texts.Any(t => t.Value.StartsWith('甲')));
        Assert.Equal(pagesWithGroupRows, pagesWithLabel);
        Assert.True(pagesWithGroupRows >= 2);
        Assert.Equal(8, pages.Sum(p => p.Texts.Count(t => t.Value.StartsWith('甲'))));
    }

    [Fact]
    public void Measure_BigGroupDoesNotFit_FillsPageByInnerGroupsAndRepeatsItsLabel()
    {
        // 三 spans three inner groups of 4 rows: too big to move whole (more than half a page),
        // so the page takes 一 and as many inner groups as fit; the rest follows under 三 again.
        var rows = new List<TableCellSpec[]> { new[] { H("项目", 3), H("数量") }, new[] { L("一", colSpan: 3), V("1") } };
        foreach (var inner in new[] { "甲", "乙", "丙" })
            for (var i = 1; i <= 4; i++)
                rows.Add(inner == "甲" && i == 1
                    ? [L("三", rowSpan: 12), L(inner, rowSpan: 4), L($"{inner}{i}"), V("3")]
                    : i == 1 ? [L(inner, rowSpan: 4), L($"{inner}{i}"), V("3")] : [L($"{inner}{i}"), V("3")]);
        var spec = Table(1, [.. rows]);
        var m = TableMetrics.Measure(spec, TableGridPlacer.Place(spec), 200);

        var (first, _) = TablePlanner.PlanPage(m, startRow: 1, available: 10 * Row, fullPageHeight: 12 * Row);
        var (second, _) = TablePlanner.PlanPage(m, startRow: first!.EndRow, available: 12 * Row, fullPageHeight: 12 * Row);

        Assert.Equal(10, first.EndRow); // 一, 甲1–4, 乙1–4
        Assert.Equal(14, second!.EndRow);
        var label = Assert.Single(second.Cells, c => c.Cell.Spec.Atoms[0].Text == "三");
        Assert.True(label.Continued);
        Assert.Equal(4 * Row, label.Box.Height);
    }

    [Fact]
    public void Measure_TableStartLeavesFewerThanTheMinimumBodyRows_StartsOnTheNextPage()
    {
        var spec = Simple(40);
        var m = TableMetrics.Measure(spec, TableGridPlacer.Place(spec), 200);
        var fewer = (1 + TablePlanner.MinimumStartRows - 1) * Row;

        var (atFoot, reason) = TablePlanner.PlanPage(m, startRow: 1, available: fewer, fullPageHeight: 30 * Row);
        var (enough, _) = TablePlanner.PlanPage(m, startRow: 1, available: fewer + Row, fullPageHeight: 30 * Row);
        var (onFreshPage, _) = TablePlanner.PlanPage(m, startRow: 1, available: fewer, fullPageHeight: fewer);

        Assert.Null(atFoot);
        Assert.Contains("next page", reason);
        Assert.Equal(1 + TablePlanner.MinimumStartRows, enough!.EndRow);
        Assert.Equal(TablePlanner.MinimumStartRows, onFreshPage!.EndRow); // a fresh page takes what fits
    }

    [Theory]
    [InlineData(2, false)] // the head and one of 12 body rows fit: it starts on the next page
    [InlineData(3, true)]  // the head and two rows: it starts here, as a typesetter sets it, though it would fit a fresh page whole
    [InlineData(6, true)]
    public void Measure_TableThatFitsAFreshPage_StartsHereWhenItsHeadAndTwoRowsFit(int rowsOfRoom, bool startsHere)
    {
        var spec = Simple(12);
        var m = TableMetrics.Measure(spec, TableGridPlacer.Place(spec), 200);

        var (plan, _) = TablePlanner.PlanPage(m, startRow: 1, available: rowsOfRoom * Row, fullPageHeight: 14 * Row);

        Assert.Equal(startsHere, plan is not null);
    }

    [Fact]
    public void Measure_HeaderAndFirstRowDoNotFit_WrapsNamingTheTable()
    {
        var table = new TableElement(Simple(3), fullPageHeight: 300);

        var plan = table.Measure(new Size(200, 1.5 * Row));

        Assert.True(plan.IsWrap);
        Assert.Contains("table t", plan.Reason);
    }

    [Fact]
    public void Measure_HeadingRowInBody_StaysWithTheRowBelow()
    {
        // Table 二 style: a group heading row, a column heading row, then figures.
        var spec = Table(0,
            [L("甲"), V("1")],
            [H("第二十条第（五）项", 2)],
            [H("信息内容"), H("数量")],
            [L("行政许可"), V("5")]);
        var m = TableMetrics.Measure(spec, TableGridPlacer.Place(spec), 200);

        var (plan, _) = TablePlanner.PlanPage(m, startRow: 0, available: 3 * Row + 1, fullPageHeight: 3 * Row + 1);

        Assert.NotNull(plan);
        Assert.Equal(1, plan.EndRow);
    }

    [Fact]
    public void Measure_NarrowFigureColumns_FiguresNeverWrap()
    {
        var spec = Table(1,
            [H("总计总计总计总计总计"), H("自然人"), H("商业企业"), H("科研机构")],
            [L("一、本年新收政府信息公开申请数量"), V("1234567"), V("12.3456"), V("0")]);
        var m = TableMetrics.Measure(spec, TableGridPlacer.Place(spec), 150);

        Assert.All(m.Cells.Where(c => c.Spec.Kind == CellKind.Value), c => Assert.Single(m.Lines[c]));
        Assert.True(m.ColumnWidths[1] >= 70 + 2 * TableColumnSizer.PaddingX);
    }

    [Fact]
    public void Measure_ThreeCharacterHeadingInTwoCharacterFigureColumn_ColumnWidensInsteadOf自然Over人()
    {
        var spec = Table(1,
            [H("项目"), H("自然人"), H("总计")],
            [L("一、本年新收政府信息公开申请数量，一个很长的标签"), V("1"), V("1")]);
        var m = TableMetrics.Measure(spec, TableGridPlacer.Place(spec), 150);

        var head = m.Cells.Single(c => c.Row == 0 && c.Column == 1);
        Assert.Single(m.Lines[head]);
    }

    [Fact]
    public void Place_RowAndColumnSpans_CellsLandInHtmlSlots()
    {
        var spec = WithGroup(3);

        var cells = TableGridPlacer.Place(spec);

        Assert.Equal((2, 0, 3, 1), cells.Where(c => c.Spec.Atoms[0].Text == "三").Select(c => (c.Row, c.Column, c.RowSpan, c.ColSpan)).Single());
        Assert.Equal((3, 1), cells.Where(c => c.Spec.Atoms.Count > 1 && c.Spec.Atoms[1].Text == "2").Select(c => (c.Row, c.Column)).Single());
    }
}
