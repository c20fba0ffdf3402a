using DocGen.Import.Recognition;

namespace DocGen.Import.Tests;

/// <summary>
/// A scan's title agency as OCR read it, checked against the text: 淮安市 2024's scan
/// (Corpus/huaian-gov-2024.scan.pdf) has its title read as 准安市人民政府, the preamble as OCR read it
/// naming 淮安市人民政府办公室 twice.
/// </summary>
public sealed class OcrAgencyTests
{
    private static readonly string[] Preamble =
    [
        "本报告由淮安市人民政府办公室根据4中华人民共和国政府信息公开条例》(国令第711号)(以下简称《条例》)规定编制。报告所列统计期限自2024年1月1日至2024年12月31日。如对本报告有妖问，请与淮安市人民政府办公室联系(地址:淮安市翔宇南道1号，邮编:223001)。",
    ];

    [Fact]
    public void AsTheTextNamesIt_TitleMisreadByOneCharacter_GivesTheNameTheTextRepeats()
    {
        Assert.Equal("淮安市人民政府", OcrAgency.AsTheTextNamesIt("准安市人民政府", Preamble));
    }

    [Fact]
    public void AsTheTextNamesIt_TextNamesTheTitlesAgency_KeepsTheTitle()
    {
        Assert.Null(OcrAgency.AsTheTextNamesIt("淮安市人民政府", Preamble));
    }

    [Fact]
    public void AsTheTextNamesIt_AlternativeNamedOnlyOnce_KeepsTheTitle()
    {
        Assert.Null(OcrAgency.AsTheTextNamesIt("准安市人民政府", ["请与淮安市人民政府办公室联系"]));
    }
}
