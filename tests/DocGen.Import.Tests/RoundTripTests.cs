using System.Text;
using DocGen.Core.Model;
using DocGen.Import.Tests.Support;
using DocGen.Rendering;

namespace DocGen.Import.Tests;

/// <summary>Every fixture DocGen renders imports back to the same report, from its HTML page and from its PDF.</summary>
public sealed class RoundTripTests
{
    public static TheoryData<string> Fixtures => new(CheckoutPaths.FixtureNames);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Import_DocGensOwnHtmlPage_GivesTheRenderedReport(string name)
    {
        var request = FixtureReports.Request(name);
        var html = Renders.Render(request, OutputKind.HtmlPage).HtmlPage!;

        var imported = ReportImporter.Import(Encoding.UTF8.GetBytes(html), "text/html", "", Edition.Unspecified, CancellationToken.None);

        var differences = SameReport.Differences(request.Report, imported.Report);
        Assert.True(differences.Length == 0, differences);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Import_DocGensOwnPdf_GivesTheRenderedReport(string name)
    {
        var request = FixtureReports.Request(name);
        var pdf = Renders.Render(request, OutputKind.Pdf).Pdf!;

        var imported = ReportImporter.Import(pdf, "application/pdf", "", Edition.Unspecified, CancellationToken.None);

        // The PDF does not print the page's catalogue header, so it cannot come back.
        var differences = SameReport.Differences(request.Report, imported.Report, compareMeta: false);
        Assert.True(differences.Length == 0, differences);
    }
}
