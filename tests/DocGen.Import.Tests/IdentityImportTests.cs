using System.Text;
using DocGen.Core.Model;
using DocGen.Import.Recognition;

namespace DocGen.Import.Tests;

/// <summary>Agency and year from wherever a report states them, each noted when not from a title in the usual order.</summary>
public sealed class IdentityImportTests
{
    private static string Corpus(string name) => Path.Combine(AppContext.BaseDirectory, "Corpus", name);

    [Fact]
    public void Import_TitleWithTheYearFirst_GivesAgencyAndYear()
    {
        var imported = ReportImporter.Import(File.ReadAllBytes(Corpus("shanghai-gov-office-2019.html")), "", "page.html", Edition.Unspecified, CancellationToken.None);

        Assert.Equal(("上海市人民政府办公厅", 2019), (imported.Report.Agency, imported.Report.Year));
        Assert.DoesNotContain(imported.Notes, n => n.Path is "agency" or "year");
    }

    [Fact]
    public void Import_AmountPrintedInYuan_IsReadAsWanYuanWithANote()
    {
        var imported = ReportImporter.Import(File.ReadAllBytes(Corpus("shanghai-gov-office-2019.html")), "", "page.html", Edition.Unspecified, CancellationToken.None);

        Assert.Equal("25.1", imported.Report.ActiveDisclosure2019.ProcurementAmount);
        var note = Assert.Single(imported.Notes, n => n.Path == "active_disclosure_2019.procurement_amount");
        Assert.Equal(("251000元", "printed in 元; read as 25.1 万元"), (note.Found, note.Message));
    }

    [Theory]
    [InlineData("本报告由呼伦贝尔经济技术开发区管理委员会编制。如有疑问，请与呼伦贝尔经济技术开发区管理委员会联系。", "呼伦贝尔经济技术开发区管理委员会")]
    [InlineData("如对本报告有疑问，可与闽侯县商务局联系。闽侯县商务局地址：甘蔗街道。", "闽侯县商务局")]
    // haizhu.gov.cn, 2023: a street office names itself only in its overview.
    [InlineData("2023年,在区委、区政府的坚强领导下,官洲街道办事处认真贯彻落实《中华人民共和国政府信息公开条例》", "官洲街道办事处")]
    // laifeng.gov.cn, 2021: a bureau whose name runs ten characters before 局.
    [InlineData("如有疑问请与来凤县政务服务和大数据管理局(地址:来凤县政务服务中心501室,联系电话:0718-6277499)。", "来凤县政务服务和大数据管理局")]
    public void Find_NameRunIntoTheSentence_IsTheWholeName(string text, string expected)
    {
        Assert.Equal(expected, AgencyMention.Find(text));
    }

    [Fact]
    public void Import_NoTitleButAPeriodInThePreamble_TakesTheYearFromThePeriod()
    {
        var text = File.ReadAllText(CheckoutPaths.Shared("archive", "panjin-commerce-2022.txt")).Split('\n').ToList();
        text.RemoveAt(text.FindIndex(l => l.Contains("2022年政府信息公开工作年度报告", StringComparison.Ordinal)));
        text.Insert(0, "本年度报告中所列数据统计期限从2022年1月1日到12月31日止。");

        var imported = ReportImporter.Import(Encoding.UTF8.GetBytes(string.Join('\n', text)), "", "a.txt", Edition.Unspecified, CancellationToken.None);

        Assert.Equal(2022, imported.Report.Year);
        Assert.Contains(imported.Notes, n => n.Path == "year" && n.Where == "the preamble");
    }

    [Fact]
    public void Import_YearOnlyInTheFileName_IsTakenFromItWithANote()
    {
        var text = File.ReadAllText(CheckoutPaths.Shared("archive", "panjin-commerce-2022.txt")).Replace("2022年", "本年", StringComparison.Ordinal);

        var imported = ReportImporter.Import(Encoding.UTF8.GetBytes(text), "", "archive/panjin-2022.txt", Edition.Unspecified, CancellationToken.None);

        Assert.Equal(2022, imported.Report.Year);
        Assert.Contains(imported.Notes, n => n.Path == "year" && n.Where == "the file name" && n.Found == "panjin-2022.txt");
    }

    /// <summary>A crawler's text that lost the page's title (hanyang.gov.cn, 2022): the archive named the file after it.</summary>
    [Fact]
    public void Import_NoTitleButAFileNamedAfterIt_TakesAgencyAndYearFromTheFileNameWithANote()
    {
        const string name = "汉阳区人民政府办公室2022年政府信息公开工作年度报告.cells.txt";

        var imported = ReportImporter.Import(File.ReadAllBytes(Corpus(name)), "", "archive/" + name, Edition.Unspecified, CancellationToken.None);

        Assert.Equal(("汉阳区人民政府办公室", 2022), (imported.Report.Agency, imported.Report.Year));
        Assert.Contains(imported.Notes, n => n.Path == "agency" && n.Where == "the file name" && n.Found == name);
    }

    /// <summary>shangluo.gov.cn, 2020: the catalogue's 名称 line repeats the title below it.</summary>
    [Fact]
    public void Read_TitleAfterACatalogueLabel_LeavesTheLabelOut()
    {
        var title = TitleLine.Read("名  称 山阳县人民政府2020年政府信息公开工作年度报告");

        Assert.Equal(("山阳县人民政府", 2020), (title?.Agency, title?.Year));
    }

    /// <summary>
    /// sxgp.gov.cn, 2022: a crawler kept the page only up to its first section, so one national
    /// heading is all there is; a 2022 report is read in the national format, not as LEGACY_2008.
    /// </summary>
    [Fact]
    public void Import_CaptureCutAfterTheFirstNationalHeading_IsReadInTheFormatOfItsYear()
    {
        var imported = ReportImporter.Import(File.ReadAllBytes(Corpus("gaoping-gov-office-2022.text.txt")), "", "gaoping.txt", Edition.Unspecified, CancellationToken.None);

        Assert.Equal(("高平市人民政府办公室", 2022, Edition.Edition2021), (imported.Report.Agency, imported.Report.Year, imported.Edition));
        Assert.Contains(imported.Notes, n => n.Path == "edition" && n.Message.StartsWith("only 1 of the six national headings", StringComparison.Ordinal));
    }

    /// <summary>A report before 2019 with one numbered heading stays LEGACY_2008 (suqian.gov.cn, 2017).</summary>
    [Fact]
    public void Import_LegacyReportCutShort_StaysLegacy()
    {
        var imported = ReportImporter.Import(File.ReadAllBytes(Corpus("suqian-gov-2017.text.txt")), "", "suqian.txt", Edition.Unspecified, CancellationToken.None);

        Assert.Equal(("宿迁市", 2017, Edition.Legacy2008), (imported.Report.Agency, imported.Report.Year, imported.Edition));
    }

    /// <summary>cqck.gov.cn, 2020: the page's font-size switch (大中小) runs into the title line.</summary>
    [Fact]
    public void Read_TitleAfterAFontSizeSwitch_LeavesTheSwitchOut()
    {
        var title = TitleLine.Read("大中小城口县卫生健康委员会2020年政府信息公开工作年度报告");

        Assert.Equal(("城口县卫生健康委员会", 2020), (title?.Agency, title?.Year));
    }

    /// <summary>szft.gov.cn, 2021: the title names 区集体经济发展服务署, the 落款 福田区集体经济发展服务署.</summary>
    [Fact]
    public void Import_TitleNamingTheEndOfTheName_TakesTheWholeNameFromThe落款WithANote()
    {
        var imported = ReportImporter.Import(File.ReadAllBytes(Corpus("futian-collective-economy-2021.text.txt")), "", "futian.txt", Edition.Unspecified, CancellationToken.None);

        Assert.Equal(("福田区集体经济发展服务署", 2021), (imported.Report.Agency, imported.Report.Year));
        Assert.Contains(imported.Notes, n => n.Path == "agency" && n.Found == "区集体经济发展服务署" && n.Where == "the 落款");
    }
}
