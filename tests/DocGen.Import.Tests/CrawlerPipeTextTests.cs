using System.Text;
using DocGen.Core.Model;

namespace DocGen.Import.Tests;

/// <summary>
/// Page text as crawlers store it: table rows as "label | a | b |" without the leading bar, often a
/// phantom empty cell at the end, and the text cut short inside a row.
/// </summary>
public sealed class CrawlerPipeTextTests
{
    private static Recognition.RecognizedReport Import(string text, string name = "capture-2020.txt") =>
        ReportImporter.Import(Encoding.UTF8.GetBytes(text), "", name, Edition.Unspecified, CancellationToken.None);

    // chibi.gov.cn, 蒲纺工业园区2020年政府信息公开工作年度报告: rows without a leading bar, a trailing empty cell.
    private const string Pufang = """
        蒲纺工业园区2020年政府信息公开工作年度报告
        一、总体情况
        2020年度共通过公示栏等形式发布信息108条,通过网站公开信息33条,其中通过网站公开规范性文件8个。
        二、主动公开政府信息情况
        第二十条第(一)项 | ||||
        信息内容 | 本年新制作 数量 | 本年新公开 数量 | 对外公开 总数量 | |
        规章 | 0 | 0 | 0 | |
        规范性文件 | 33 | 8 | 8 | |
        第二十条第(五)项 | ||||
        信息内容 | 上一年项目 数量 | 本年增/减 | 处理决定 数量 | |
        行政许可 | 0 | 0 | 0 | |
        三、收到和处理政府信息公开申请情况
        """;

    [Fact]
    public void Import_RowsWithoutTheLeadingBar_AreReadCellByCell()
    {
        var imported = Import(Pufang);

        var normative = imported.Report.ActiveDisclosure2019.NormativeDocuments;
        Assert.Equal(("33", "8", "8"), (normative.NewlyMade.ToString(), normative.NewlyPublished.ToString(), normative.TotalPublished.ToString()));
        Assert.DoesNotContain(imported.Notes, n => n.Path.StartsWith("active_disclosure_2019.normative_documents", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_TextEndingInsideARow_LeavesTheRowsLastCellOutWithANote()
    {
        // sj.yichun.gov.cn, 2019: the crawler's text ends after "行政强制 | 0 | 0"; the last figure may be cut ("0" of "0.5").
        var imported = Import(Pufang.Replace("三、收到和处理政府信息公开申请情况", "行政强制 | 0 | 0", StringComparison.Ordinal));

        Assert.Contains(imported.Notes, n => n.Found == "0" && n.Message.StartsWith("the text ends inside this row", StringComparison.Ordinal));
        Assert.Equal(0, imported.Report.ActiveDisclosure2019.Enforcement.PreviousYearItems);
        Assert.Contains(imported.Notes, n => n.Path == "active_disclosure_2019.enforcement.change" && n.Message.EndsWith("the field is left out", StringComparison.Ordinal));
    }
}
