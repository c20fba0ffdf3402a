using DocGen.Core.Layout;
using DocGen.Core.Model;
using DocGen.Layout.Fonts;

namespace DocGen.Layout.Tests.Fonts;

public class CommonRepertoireTests
{
    private static readonly HashSet<int> Repertoire = [.. CommonRepertoire.CodePoints];

    [Fact]
    public void CodePoints_Gb2312_AllItsHanziAndSymbols()
    {
        // GB 2312: 6,763 hanzi (3,755 level 1 from 啊, 3,008 level 2 up to 齄) and 682 other characters.
        Assert.Equal(6_763, Repertoire.Count(cp => cp is >= 0x4E00 and <= 0x9FFF));
        Assert.All(new[] { '啊', '齄', '中', '镑', '№', '①', 'ā', 'Я', 'ぁ', '━' }, c => Assert.Contains(c, Repertoire));
    }

    [Fact]
    public void CodePoints_BlocksAndLabels_IncludedWithoutPrivateUse()
    {
        Assert.All(new[] { 'A', 'é', '—', '…', '　', '、', '【', '！', 'Ａ', '￥' }, c => Assert.Contains(c, Repertoire));
        var labels = NationalLayout.Tables(Edition.Edition2021).Concat(NationalLayout.Tables(Edition.Edition2019))
            .SelectMany(t => t.Rows.SelectMany(r => r.Cells).Select(c => c.Text).Append(t.Caption));
        Assert.All(labels.SelectMany(l => l.EnumerateRunes()), r => Assert.Contains(r.Value, Repertoire));
        Assert.DoesNotContain(Repertoire, cp => cp is >= 0xE000 and <= 0xF8FF);
        Assert.DoesNotContain('镕', Repertoire);
        Assert.Equal(Repertoire.Order(), CommonRepertoire.CodePoints);
    }
}
