using DocGen.Layout.Fonts;

namespace DocGen.Layout.Tests.Fonts;

public class FontChainTests
{
    private static readonly FontCatalog Catalog = FontCatalog.For(FontCatalog.DefaultFolders());
    private static readonly FontFace UMing = Catalog.FindFamily("AR PL UMing CN", bold: false)!;
    private static readonly FontFace ZenHei = Catalog.FindFamily("WenQuanYi Zen Hei", bold: false)!;

    [Theory]
    [InlineData('国')] // GB 2312
    [InlineData('，')] // full-width forms
    [InlineData('“')] // general punctuation
    [InlineData('〇')] // CJK symbols and punctuation
    public void Pick_CharacterInTheCut_DrawsWithTheCut(int codePoint)
    {
        var chain = new FontChain([UMing, ZenHei], _ => null, compactOf: f => CompactFaces.Of(f).Face);

        var (face, simulateBold) = chain.Pick(codePoint, bold: false);

        Assert.Same(CompactFaces.Of(UMing).Face, face);
        Assert.False(simulateBold);
        Assert.Equal(UMing.Advance(codePoint, 16), face.Advance(codePoint, 16));
    }

    [Theory]
    [InlineData('镕')]
    [InlineData('堃')]
    [InlineData('喆')]
    [InlineData('玥')]
    public void Pick_CharacterOutsideGb2312_DrawsWithTheSameFullFace(int codePoint)
    {
        Assert.True(UMing.HasGlyph(codePoint));
        var chain = new FontChain([UMing, ZenHei], _ => null, compactOf: f => CompactFaces.Of(f).Face);

        var (face, simulateBold) = chain.Pick(codePoint, bold: true);

        Assert.Same(UMing, face);
        Assert.True(simulateBold);
    }

    [Fact]
    public void Pick_CharacterNoFaceHas_DrawsTheCutsNotdefBox()
    {
        var chain = new FontChain([ZenHei, UMing], _ => null, compactOf: f => CompactFaces.Of(f).Face);

        var (face, _) = chain.Pick(0xE000, bold: false); // private use: no face has it

        Assert.Same(CompactFaces.Of(ZenHei).Face, face);
    }

    [Fact]
    public void Pick_FaceWithoutACut_DrawsWithTheFullFace()
    {
        var chain = new FontChain([UMing], _ => null, compactOf: _ => null);

        Assert.Same(UMing, chain.Pick('国', bold: false).Face);
    }
}
