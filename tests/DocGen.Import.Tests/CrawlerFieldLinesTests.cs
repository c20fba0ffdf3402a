using DocGen.Core.Model;
using DocGen.Import.Recognition;

namespace DocGen.Import.Tests;

/// <summary>
/// A crawler's capture of a whole page (平潭综合实验区's reports in the corpus): the page's fields a
/// short line each ("标题: …", "本地目录: …/87885_平潭综合实验区2023年度…"), then the page's text in
/// one line. Both national and LEGACY reports come so.
/// </summary>
public sealed class CrawlerFieldLinesTests
{
    private static RecognizedReport ImportCorpus(string name) =>
        ReportImporter.Import(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Corpus", name)), "", name, Edition.Unspecified, CancellationToken.None);

    [Fact]
    public void Import_NationalReportAfterFieldLines_IsReadAsAOneLineCapture()
    {
        var imported = ImportCorpus("pingtan-gov-2023.text.txt");

        Assert.Equal((Edition.Edition2021, 2023), (imported.Edition, imported.Report.Year));
        Assert.Contains(imported.Notes, n => n.Path == "applications.carried_over" && n.Message.Contains("split as 0 0 0 0 0 0 0", StringComparison.Ordinal));
        Assert.Contains(imported.Notes, n => n.Message.StartsWith("read as a one-line capture", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_FieldLineNamingALocalFolder_IsNotTakenForTheTitle()
    {
        var imported = ImportCorpus("pingtan-gov-2023.text.txt");

        Assert.Equal("平潭综合实验区", imported.Report.Agency);
        Assert.Null(TitleLine.Read("本地目录: zwgk/zfxxgk/zfxxgknb/202403/87885_平潭综合实验区2023年度政府信息公开工作年度报告"));
        Assert.Equal("平潭综合实验区", TitleLine.Read("标题: 平潭综合实验区2023年度政府信息公开工作年度报告")?.Agency);
    }

    [Fact]
    public void Import_LegacyReportInOneLine_IsCutAtItsNumberedHeadings()
    {
        var imported = ImportCorpus("pingtan-gov-2017.text.txt");

        Assert.Equal((Edition.Legacy2008, 2017, "平潭综合实验区"), (imported.Edition, imported.Report.Year, imported.Report.Agency));
        Assert.Equal(
            ["一、概述", "二、主动公开政府信息情况", "三、政府信息依申请公开工作情况", "四、因政府信息公开申请行政复议、提起行政诉讼的情况", "五、存在的主要问题和改进措施", "六、政府信息公开情况统计表"],
            imported.Report.Sections.Select(s => s.Heading));
        Assert.Contains(imported.Notes, n => n.Path == "edition" && n.Message.Contains("which begins with the reports of 2019", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_LegacyHeadingsLikeNationalOnesInAReportOf2019_StayNational()
    {
        // The same rule must not turn a 2019 report into a legacy one: the year decides, not the headings.
        var imported = ImportCorpus("pingtan-gov-2019.text.txt");

        Assert.Equal((Edition.Edition2019, 23L), (imported.Edition, imported.Report.Applications.NewReceived.Total));
    }
}
