using DocGen.Layout.Tests.Support;

namespace DocGen.Layout.Tests;

public class LineBreakerTests
{
    public static TheoryData<string, double, string> Cases => new()
    {
        // text, characters per line, expected lines joined by |
        { "一二三四五六七八", 4, "一二三四|五六七八" },
        // closing punctuation never starts a line: the character before it comes down too
        { "一二三四。五六", 4, "一二三|四。五六" },
        { "一二三四，五六", 4, "一二三|四，五六" },
        { "一二三四）五六", 4, "一二三|四）五六" },
        { "一二三四》五六", 4, "一二三|四》五六" },
        { "一二三四”五六", 4, "一二三|四”五六" },
        // two closing marks in a row pull the character before both
        { "一二三四。”五", 5, "一二三|四。”五" },
        // opening punctuation never ends a line
        { "一二三《四》", 4, "一二三|《四》" },
        { "一二三（四）", 4, "一二三|（四）" },
        { "一二三“四”", 4, "一二三|“四”" },
        // numbers and Latin words are never split; a space is a break that vanishes at line ends
        // a figure keeps its unit, and a phone number or date its separators, while the run fits a line
        { "共12345件", 6, "共|12345件" },
        { "电话：0470—2773823。", 14, "电话：|0470—2773823。" },
        { "于2024年1月31日公布", 10, "于|2024年1月31日|公布" },
        // a joined run wider than a line still breaks, between its parts, keeping 避头尾
        { "电话：0470—2773823。", 12, "电话：|0470—|2773823。" },
        { "收费12.35万元", 6, "收费|12.35万|元" },
        { "hello world again", 11, "hello world|again" },
        { "hello world", 7, "hello|world" },
        // ASCII punctuation inside Chinese text follows the same rules (张店 2017 writes 年,张店)
        { "一二三四,五", 4, "一二三|四,五" },
        // —— and …… are never split
        { "一二三——四", 4, "一二|三——四" },
        // a URL may break after a slash or a dot, so the line before it is not stretched
        { "见http://minhou.fuzhou.gov.cn/xxgk/公布", 22, "见http://minhou.fuzhou.|gov.cn/xxgk/公布" },
        { "见http://minhou.fuzhou.gov.cn/xxgk/公布", 12, "见http://|minhou.|fuzhou.gov.|cn/xxgk/公布" },
        // a decimal is not a URL: it never breaks at its dot
        { "收费12.35万元", 3, "收费|12.35|万元" },
        // a word longer than 32 characters may break every 32, so it does not run off the page
        { new string('x', 70), 40, new string('x', 32) + "|" + new string('x', 38) },
        // the longest number a count can be stays whole
        { "共9223372036854775807件", 12, "共|9223372036854775807|件" },
        // a forced break ends the line there
        { "一二\n三四", 8, "一二|三四" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Break_ChineseRules_LinesAsExpected(string text, double characters, string expected)
    {
        var lines = TestText.Break(text, characters);

        Assert.Equal(expected, string.Join("|", lines));
    }

    [Fact]
    public void Break_LastLineWouldHoldOneCharacterAndItsStop_TakesAnotherFromTheLineAbove()
    {
        // 21 characters and a stop at 20 a line: “一…十一” alone on the last line would be “一。”
        var lines = TestText.Break("一二三四五六七八九十一二三四五六七八九十一。", 20);

        Assert.Equal(["一二三四五六七八九十一二三四五六七八九", "十一。"], lines);
    }

    [Fact]
    public void Break_FirstLineIndent_FirstLineTakesTwoCharactersLess()
    {
        var lines = TestText.Break("一二三四五六七八九十", 6, indentCharacters: 2);

        Assert.Equal(["一二三四", "五六七八九十"], lines);
    }

    [Fact]
    public void Break_NoLineStartsWithClosingOrEndsWithOpening_OnLongMixedText()
    {
        const string text = "（一）主动公开。全年主动公开政府信息12,345条，其中《规章》1件、“规范性文件”14件；收到申请1330件（含网上申请），办结1324件。";
        for (var width = 3; width <= 20; width++)
        {
            foreach (var line in TestText.Break(text, width))
            {
                Assert.DoesNotContain(line[0], "，。、；：？！）》」』”");
                Assert.DoesNotContain(line[^1], "（《「『“");
            }
        }
    }

    [Fact]
    public void Break_AtomWiderThanLine_SetAloneNotSplit()
    {
        var lines = TestText.Break("共1234567件", 4);

        Assert.Equal(["共", "1234567", "件"], lines);
    }
}
