using DocGen.Core.Layout;
using DocGen.Core.Model;
using DocGen.Html.Rendering;
using DocGen.Html.Tests.Support;
using HtmlAgilityPack;

namespace DocGen.Html.Tests.Rendering;

/// <summary>The national tables as rendered, parsed back and expanded, against the spec and the layout.</summary>
public class HtmlReportRendererTableTests
{
    public static TheoryData<string, string> FixtureTables()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in new[] { "minhou-commerce-2020", "panjin-commerce-2022", "synthetic-busy-2023", "synthetic-broken-2023" })
        {
            foreach (var key in new[] { "active-disclosure", "applications", "review-litigation" }) data.Add(name, key);
        }
        return data;
    }

    private static (HtmlNode Table, Edition Edition, TableLayout Layout, AnnualReport Completed) Render(string fixture, string key)
    {
        var outline = FixtureReports.Outline(fixture);
        var html = HtmlReportRenderer.RenderPage(outline, SampleSites.Get(FixtureReports.Request(fixture).SiteCode));
        var table = SampleSites.Parse(html).DocumentNode.SelectSingleNode($"//table[@id='table-{key}']")
                    ?? throw new Xunit.Sdk.XunitException($"no table-{key} in the page");
        var layout = outline.Sections.Select(s => s.Table).Single(t => t?.Key == key)!;
        return (table, outline.Edition, layout, outline.Report);
    }

    [Theory]
    [MemberData(nameof(FixtureTables))]
    public void RenderPage_NationalTable_MatchesSpecGridOfItsEdition(string fixture, string key)
    {
        var (table, edition, _, _) = Render(fixture, key);

        var expected = SpecTables.Grid(key, edition);
        var actual = HtmlGrid.Expand(table);

        Assert.Equal((expected.RowCount, expected.ColumnCount), (actual.RowCount, actual.ColumnCount));
        for (var row = 0; row < expected.RowCount; row++)
        {
            for (var column = 0; column < expected.ColumnCount; column++)
            {
                var spec = expected.At(row, column);
                var ours = actual.At(row, column);
                var specText = spec.Cell.Binding is null ? $"[{spec.Cell.Text}]" : "n";
                var ourText = ours.IsHeader ? $"[{ours.Text}]" : "n";
                Assert.Equal($"{specText} from ({spec.Row}, {spec.Column})", $"{ourText} from ({ours.Row}, {ours.Column})");
            }
        }
    }

    [Theory]
    [MemberData(nameof(FixtureTables))]
    public void RenderPage_ValueCells_ShowTheirFieldRightAligned(string fixture, string key)
    {
        var (table, _, layout, completed) = Render(fixture, key);

        var grid = TableGrid.Expand(layout);
        var rendered = HtmlGrid.Expand(table);
        foreach (var placed in grid.Cells.Where(c => c.Cell.Binding is not null))
        {
            var cell = rendered.At(placed.Row, placed.Column);
            Assert.Equal("td", cell.Cell.Name);
            Assert.Equal(placed.Cell.Binding!.Path, cell.Cell.GetAttributeValue("data-field", ""));
            Assert.Equal(placed.Cell.Binding.Format(completed), cell.Text);
            Assert.Contains("num", cell.Cell.GetClasses());
        }
    }

    [Theory]
    [MemberData(nameof(FixtureTables))]
    public void RenderPage_NationalTable_HasCaptionHeadRowsAndScopes(string fixture, string key)
    {
        var (table, _, layout, _) = Render(fixture, key);

        Assert.Equal(layout.Caption, HtmlEntity.DeEntitize(table.SelectSingleNode("./caption")!.InnerText));
        Assert.Equal(layout.HeaderRowCount, table.SelectNodes("./thead/tr")?.Count ?? 0);
        var headerCells = table.Descendants("th").ToList();
        Assert.NotEmpty(headerCells);
        Assert.All(headerCells, th => Assert.Contains(th.GetAttributeValue("scope", ""), new[] { "col", "colgroup", "row", "rowgroup" }));
        Assert.All(headerCells.Where(th => th.GetAttributeValue("colspan", 1) > 1 && th.GetAttributeValue("scope", "").StartsWith("col", StringComparison.Ordinal)),
            th => Assert.Equal("colgroup", th.GetAttributeValue("scope", "")));
    }

    [Fact]
    public void RenderPage_WideTables_ScrollInsideTheirOwnBox()
    {
        var html = HtmlReportRenderer.RenderPage(FixtureReports.Outline("synthetic-busy-2023"), SampleSites.Get("2111000031"));

        var document = SampleSites.Parse(html);
        foreach (var key in new[] { "applications", "review-litigation" })
        {
            var table = document.DocumentNode.SelectSingleNode($"//table[@id='table-{key}']")!;
            Assert.Contains("wide", table.GetClasses());
            Assert.Contains("table-scroll", table.ParentNode!.GetClasses());
        }
        var css = document.DocumentNode.SelectSingleNode("//style")!.InnerText;
        Assert.Contains(".table-scroll { max-width: 100%; margin: 12px 0 24px; overflow-x: auto;", css);
        Assert.Contains("table.wide { min-width: 760px; }", css);
    }

    [Fact]
    public void RenderPage_MarkedPaths_GetTheMarkClassAndOthersDoNot()
    {
        var outline = FixtureReports.Outline("synthetic-broken-2023");
        var marked = new HashSet<string> { "applications.new_received.total", "review_litigation.litigation_direct.total" };

        var html = HtmlReportRenderer.RenderPage(outline, SampleSites.Get("2111000031"), new HtmlRenderOptions { MarkedPaths = marked });

        var markedCells = SampleSites.Parse(html).DocumentNode.Descendants("td")
            .Where(td => td.GetClasses().Contains("docgen-marked"))
            .Select(td => td.GetAttributeValue("data-field", ""));
        Assert.Equal(marked.Order(), markedCells.Order());
    }

    [Fact]
    public void RenderPage_MarkedPattern_MarksEveryCellItNames()
    {
        // A narrative finding on （三）不予公开 as a whole names its rows' 总计 by a pattern.
        var outline = FixtureReports.Outline("synthetic-broken-2023");
        var marked = new HashSet<string> { "applications.withheld.*.total" };

        var html = HtmlReportRenderer.RenderPage(outline, SampleSites.Get("2111000031"), new HtmlRenderOptions { MarkedPaths = marked });

        var markedCells = SampleSites.Parse(html).DocumentNode.Descendants("td")
            .Where(td => td.GetClasses().Contains("docgen-marked"))
            .Select(td => td.GetAttributeValue("data-field", ""));
        string[] rows = ["state_secret", "prohibited_by_law", "safety_and_stability", "third_party_rights", "internal_affairs", "process_information", "enforcement_files", "query_matters"];
        Assert.Equal(rows.Select(r => $"applications.withheld.{r}.total").Order(), markedCells.Order());
    }
}
