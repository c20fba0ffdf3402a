using DocGen.Html.Rendering;

namespace DocGen.Html.Tests.Rendering;

public class TitleWordsTests
{
    [Theory]
    [InlineData("盘锦市商务局2022年政府信息公开工作年度报告", "盘锦市|商务局|2022年|政府信息公开|工作年度报告")]
    [InlineData("示例市人民政府办公室2023年政府信息公开工作年度报告", "示例市|人民政府|办公室|2023年|政府信息公开|工作年度报告")]
    [InlineData("闽侯县商务局2020年度政府信息公开工作年度报告", "闽侯县|商务局|2020年度|政府信息公开|工作年度报告")]
    [InlineData("淄博市张店区人民政府2017年政府信息公开工作年度报告", "淄博市|张店区|人民政府|2017年|政府信息公开|工作年度报告")]
    [InlineData("内蒙古自治区呼和浩特市市场监督管理局2024年政府信息公开工作年度报告", "内蒙古自治区|呼和浩特市|市场监督管理局|2024年|政府信息公开|工作年度报告")]
    [InlineData("2023年度盘锦市商务局政府信息公开工作年度报告", "2023年度|盘锦市|商务局|政府信息公开|工作年度报告")]
    [InlineData("盘锦市人民政府", "盘锦市|人民政府")]
    [InlineData("年度报告", "年度报告")]
    public void Split_TitleIntoTheWordsAReaderSees(string title, string words)
    {
        Assert.Equal(words, string.Join("|", TitleWords.Split(title)));
    }

    [Fact]
    public void Html_WordsEscapedWithWbrBetween()
    {
        Assert.Equal("&lt;测试&gt;市<wbr>商务局<wbr>2023年", TitleWords.Html("<测试>市商务局2023年").Value);
    }
}
