using DocGen.Core.Model;
using DocGen.Import.Document;
using DocGen.Import.Recognition;

namespace DocGen.Import.Tests;

/// <summary>The edition told from table 二's shape, also when a capture runs its heads together.</summary>
public sealed class EditionShapeTests
{
    private static List<TableCell> Cells(params string[] texts) => texts.Select(t => new TableCell(t, "line 1")).ToList();

    /// <summary>
    /// shuyang.gov.cn 2023 (2021 format, 规范性文件 as its label) through pdftotext -layout: the three
    /// heads come as one piece; read alone, 规范性文件 made it EDITION_2019 and six figures wrong.
    /// </summary>
    [Fact]
    public void Of_HeadsRunTogetherAndThe2019Label_Is2021()
    {
        var cells = Cells("第二十条第（一）项", "信息内容", "本年制发件数 本年废止件数 现行有效件数", "规章", "0", "0", "0", "规范性文件", "8", "0", "18");

        Assert.Equal(Edition.Edition2021, EditionShape.Of(cells));
    }

    [Fact]
    public void Of_2019Heads_Is2019()
    {
        // sj.yichun.gov.cn 2019: the heads cut short by the page ("本年新"), the later blocks say it.
        var cells = Cells("信息内容", "本年新", "本年新", "对外公开总数量", "规章", "0", "0", "0", "信息内容", "上一年项目数量", "本年增/减", "处理决定数量");

        Assert.Equal(Edition.Edition2019, EditionShape.Of(cells));
    }

    [Fact]
    public void Of_OnlyALabelBothEditionsCouldPrint_TellsNothing()
    {
        Assert.Null(EditionShape.Of(Cells("规范性文件", "8", "0", "18")));
    }
}
