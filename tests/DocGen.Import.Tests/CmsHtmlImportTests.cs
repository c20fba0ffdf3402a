using System.Text;
using DocGen.Core.Model;
using DocGen.Import.Tests.Support;
using DocGen.Rendering;

namespace DocGen.Import.Tests;

/// <summary>A report page as CMSs serve it, pasted from Word, imports to the report it shows.</summary>
public sealed class CmsHtmlImportTests
{
    private static Recognition.RecognizedReport ImportWordPasted(string fixture)
    {
        var page = WordPastedPage.From(Renders.Render(FixtureReports.Request(fixture), OutputKind.HtmlPage).HtmlPage!);
        return ReportImporter.Import(Encoding.UTF8.GetBytes(page), "text/html", "", Edition.Unspecified, CancellationToken.None);
    }

    [Theory]
    [InlineData("synthetic-busy-2023")]
    [InlineData("minhou-commerce-2020")]
    [InlineData("panjin-commerce-2022")]
    public void Import_WordPastedPage_GivesTheReportItShows(string fixture)
    {
        var imported = ImportWordPasted(fixture);

        var differences = SameReport.Differences(FixtureReports.Request(fixture).Report, imported.Report);
        Assert.True(differences.Length == 0, differences);
    }

    [Fact]
    public void Import_WordPastedPage_NotesEveryCellItInterpreted()
    {
        var notes = ImportWordPasted("synthetic-busy-2023").Notes;

        Assert.Contains(notes, n => n.Path == "active_disclosure_2021.rules.repealed" && n.Found == "/" && n.Message.Contains("not applicable"));
        Assert.Contains(notes, n => n.Path == "applications.new_received.total" && n.Message.Contains("computed"));
        Assert.Contains(notes, n => n.Path == "applications.carried_over.research_institution" && n.Message == "empty cell read as 0" && n.Where.Contains("table 2"));
    }

    [Fact]
    public void Import_CatalogueHeaderSetAsATable_IsRead()
    {
        var page = Renders.Render(FixtureReports.Request("zhangdian-commerce-2017"), OutputKind.HtmlPage).HtmlPage!;
        var start = page.IndexOf("<dl class=\"site-catalogue\">", StringComparison.Ordinal);
        var end = page.IndexOf("</dl>", start, StringComparison.Ordinal) + "</dl>".Length;
        var table = "<table class='xxgk'><tr><td>索引号：</td><td>11370303004217100M/2018-1375077</td><td>文号：</td><td>无文号</td></tr>" +
            "<tr><td>发布机构：</td><td>张店区商务局</td><td>发文日期：</td><td>2018年03月28日</td></tr></table>";

        var imported = ReportImporter.Import(Encoding.UTF8.GetBytes(page[..start] + table + page[end..]), "text/html", "", Edition.Unspecified, CancellationToken.None);

        var meta = imported.Report.Meta;
        Assert.Equal(("11370303004217100M/2018-1375077", "无文号", "2018-03-28"), (meta.IndexNumber, meta.DocumentNumber, meta.PublishedOn));
    }
}
