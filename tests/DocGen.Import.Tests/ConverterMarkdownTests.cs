using DocGen.Core.Model;
using DocGen.Import.Recognition;

namespace DocGen.Import.Tests;

/// <summary>
/// A published PDF turned into markdown by a converter (上海市科委 2024 in the corpus): the title
/// broken before its last words, the three tables set after the narrative and numbered 一 to 三,
/// rows whose label the converter moved out of the pipe row.
/// </summary>
public sealed class ConverterMarkdownTests
{
    private const string Name = "shanghai-stcsm-2024.markdown.txt";

    private static RecognizedReport Import() =>
        ReportImporter.Import(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Corpus", Name)), "", Name, Edition.Unspecified, CancellationToken.None);

    [Fact]
    public void Import_TitleBrokenBeforeItsLastWords_NamesAgencyAndYear()
    {
        var imported = Import();

        Assert.Equal(("上海市科委", 2024), (imported.Report.Agency, imported.Report.Year));
        Assert.True(TitleLine.IsSplit("2024 年上海市科委政府信息公开工作", "年度报告"));
        Assert.False(TitleLine.IsSplit("政务公开", "年度报告"));
    }

    [Fact]
    public void Import_TablesNumberedTheReportsOwnWay_AreFound()
    {
        var imported = Import();

        var received = imported.Report.Applications!.NewReceived!;
        Assert.Equal((32L, 2L, 34L), (received.NaturalPerson, received.CommercialEnterprise, received.Total));
        Assert.Equal((13L, 55L), (imported.Report.ActiveDisclosure2021!.NormativeDocuments.Issued, imported.Report.ActiveDisclosure2021.NormativeDocuments.InForce));
        Assert.Equal(1L, imported.Report.ReviewLitigation!.AdministrativeReview!.Total);
    }

    [Fact]
    public void Import_RowWhoseLabelTheConverterMovedAway_IsLeftOutNoted()
    {
        var imported = Import();

        Assert.Contains(imported.Notes, n => n.Path == "applications.partially_disclosed.total" && n.Message.Contains("not found", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_MarkdownHeadingsAndATitleWithSpacesAroundItsYear_AreRead()
    {
        // 沭阳县 2025 as a converter wrote it: "# 沐阳县人民政府 2025 年 政府信息公开工作年度报告", "## 一、总体情况".
        const string name = "shuyang-county-2025.markdown.txt";
        var imported = ReportImporter.Import(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Corpus", name)), "", name, Edition.Unspecified, CancellationToken.None);

        Assert.Equal(("沐阳县人民政府", 2025), (imported.Report.Agency, imported.Report.Year));
        Assert.DoesNotContain(imported.Notes, n => n.Path is "agency" or "year" or "overview");
        Assert.Equal(713L, imported.Report.Applications!.NewReceived!.Total);
        Assert.Equal("一、总体情况", Reading.PipeTableText.WithoutHeadingMarks("## 一、总体情况"));
        Assert.Equal("#一、总体情况", Reading.PipeTableText.WithoutHeadingMarks("#一、总体情况"));
    }

    [Fact]
    public void FindNational_NarrativeHeadingsNumberedLikeTheTables_AreNotTakenForThem()
    {
        // 二、工作机制保障 / 三、主动公开工作情况 / 四、政府信息公开申请情况 stand before the tables' own headings.
        string[] paragraphs = ["一、总体情况", "二、工作机制保障", "三、主动公开工作情况", "四、政府信息公开申请情况", "一、主动公开政府信息情况", "二、收到和处理政府信息公开申请情况", "三、政府信息公开行政复议、行政诉讼情况"];

        Assert.Equal([0, 4, 5, 6, -1, -1], Headings.FindNational(paragraphs, 0));
    }
}
