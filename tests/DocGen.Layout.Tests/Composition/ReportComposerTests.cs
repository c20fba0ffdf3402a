using DocGen.Layout.Fonts;
using DocGen.Layout.Composition;

namespace DocGen.Layout.Tests.Composition;

public class ReportComposerTests
{
    private static readonly ReportComposer Composer =
        new(FontSet.Resolve(FontCatalog.For(FontCatalog.DefaultFolders()), new Dictionary<string, string>()));

    [Theory]
    [InlineData("盘锦市商务局2022年政府信息公开工作年度报告", "盘锦市商务局2022年\n政府信息公开工作年度报告")]
    [InlineData("张店区商务局2017年政府信息公开工作年度报告", "张店区商务局2017年\n政府信息公开工作年度报告")]
    [InlineData("商务局2022年政府信息公开工作年度报告", "商务局2022年政府信息公开工作年度报告")] // fits one line
    [InlineData("关于某某事项的一个很长很长很长很长很长很长的报告标题", "关于某某事项的一个很长很长很长很长很长很长的报告标题")] // no genre phrase: left to the line breaker
    public void TitleLines_LongDefaultTitle_BreaksBeforeTheGenre(string title, string expected)
    {
        Assert.Equal(expected, Composer.TitleLines(title));
    }

    [Theory]
    [InlineData("2024-01-20", "2024年1月20日")]
    [InlineData("2023-12-31", "2023年12月31日")]
    [InlineData("二〇二四年一月", "二〇二四年一月")]
    public void FormatDate_IsoDate_PrintedTheChineseWay(string iso, string printed)
    {
        Assert.Equal(printed, ReportComposer.FormatDate(iso));
    }
}
