using System.Text;
using DocGen.Core.Model;
using DocGen.Import.Tests.Support;

namespace DocGen.Import.Tests;

/// <summary>The three published pages' text in ../shared/archive import to the fixtures made by hand from them.</summary>
public sealed class ArchiveTextImportTests
{
    [Theory]
    [InlineData("panjin-commerce-2022")]
    [InlineData("minhou-commerce-2020")]
    [InlineData("zhangdian-commerce-2017")]
    public void Import_ArchiveText_GivesTheFixturesFiguresAndTexts(string name)
    {
        var bytes = File.ReadAllBytes(CheckoutPaths.Shared("archive", name + ".txt"));

        var imported = ReportImporter.Import(bytes, "", name + ".txt", Edition.Unspecified, CancellationToken.None);

        var differences = SameReport.Differences(FixtureReports.Request(name).Report, imported.Report);
        Assert.True(differences.Length == 0, differences);
    }
}
