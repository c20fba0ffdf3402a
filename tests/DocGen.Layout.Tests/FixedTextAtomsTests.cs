using DocGen.Layout;
using DocGen.Layout.Fonts;
using DocGen.Layout.Tests.Support;

namespace DocGen.Layout.Tests;

public class FixedTextAtomsTests
{
    private static readonly TextStyle Label = new(FontRole.Table, 10);

    // A chain of its own, as a site with its own font choices has.
    private static TextAtomizer AtomizerOf(params FontFace[] faces) => new(FontSet.Uniform(new FontChain(faces, _ => null)));

    [Fact]
    public void AtomizeFixed_SameSiteFontsInAnotherRender_SharesTheAtoms()
    {
        var catalog = FontCatalog.For(FontCatalog.DefaultFolders());

        // Each render resolves its site's fonts (PdfReportRenderer.Render does so).
        var first = new TextAtomizer(FontSet.For(catalog, new Dictionary<string, string>())).AtomizeFixed("（三）不予公开", Label);
        var second = new TextAtomizer(FontSet.For(catalog, new Dictionary<string, string>())).AtomizeFixed("（三）不予公开", Label);

        Assert.Same(first, second);
    }

    [Fact]
    public void AtomizeFixed_AsAtomizedAfresh()
    {
        var atomizer = AtomizerOf(TestText.FixedWidthFace("Fresh"));

        var cached = atomizer.AtomizeFixed("1.属于国家秘密 abc", Label);
        var fresh = atomizer.Atomize([new StyledText("1.属于国家秘密 abc", Label)]);

        Assert.Equal(fresh.Select(a => (a.Kind, a.Text, a.Width, a.NoBreakBefore, a.NoBreakAfter)), cached.Select(a => (a.Kind, a.Text, a.Width, a.NoBreakBefore, a.NoBreakAfter)));
    }

    [Fact]
    public void AtomizeFixed_SiteWithOtherFaces_GetsItsOwnAtoms()
    {
        // The second site's first face lacks CJK: its chain falls back to a face twice as wide.
        var latinOnly = TestText.FixedWidthFace("LatinOnly", cp => cp < 0x80);
        var wide = new FontFace("test:Wide", "Wide", 0, "Wide", "Regular", false, 1000, WideGlyphs(), [], [2000, 2000]);

        var standard = AtomizerOf(TestText.FixedWidthFace("Standard")).AtomizeFixed("其他处理", Label);
        var site = AtomizerOf(latinOnly, wide).AtomizeFixed("其他处理", Label);

        Assert.Equal(40, standard.Sum(a => a.Width));
        Assert.Equal(80, site.Sum(a => a.Width));
        Assert.All(site, a => Assert.Same(wide, a.Pieces[0].Face));
    }

    [Fact]
    public void AtomizeFixed_SameFacesWithAndWithoutCompactCuts_EachDrawsWithItsOwn()
    {
        var uming = FontCatalog.For(FontCatalog.DefaultFolders()).FindFamily("AR PL UMing CN", bold: false)!;
        var cut = CompactFaces.Of(uming).Face;
        Assert.NotNull(cut);

        var withCuts = new TextAtomizer(FontSet.Uniform(new FontChain([uming], _ => null, compactOf: f => CompactFaces.Of(f).Face))).AtomizeFixed("不予公开", Label);
        var whole = new TextAtomizer(FontSet.Uniform(new FontChain([uming], _ => null))).AtomizeFixed("不予公开", Label);

        Assert.All(withCuts, a => Assert.Same(cut, a.Pieces[0].Face));
        Assert.All(whole, a => Assert.Same(uming, a.Pieces[0].Face));
    }

    [Fact]
    public void AtomizeFixed_OtherStyle_OtherAtoms()
    {
        var atomizer = AtomizerOf(TestText.FixedWidthFace("Styles"));

        var ten = atomizer.AtomizeFixed("总计", Label);
        var nine = atomizer.AtomizeFixed("总计", Label with { Size = 9 });

        Assert.Equal([10.0, 10.0], ten.Select(a => a.Width));
        Assert.Equal([9.0, 9.0], nine.Select(a => a.Width));
    }

    private static ushort[] WideGlyphs()
    {
        var bmp = new ushort[0x10000];
        for (var cp = 0x20; cp < 0x10000; cp++) bmp[cp] = 1;
        return bmp;
    }
}
