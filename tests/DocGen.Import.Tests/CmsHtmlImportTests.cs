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
}
