using DocGen.Layout;
using DocGen.Layout.Fonts;
using DocGen.Layout.Tests.Support;
using DocGen.Pdf.Tests.Support;

namespace DocGen.Pdf.Tests.Fonts;

public class FontCatalogTests
{
    [Fact]
    public void For_SystemFolders_FindsFacesInsideCollections()
    {
        var catalog = FontCatalog.For(FontCatalog.DefaultFolders());

        // WenQuanYi Zen Hei and AR PL UMing ship as .ttc: their faces are split out and readable.
        Assert.Contains(catalog.Faces, f => f.Path.EndsWith(".ttc", StringComparison.Ordinal) && f.FaceIndex > 0);
        Assert.All(catalog.Faces, f => Assert.True(f.HasGlyph('中')));
    }

    [Fact]
    public void Resolve_FolderWithoutCjkFonts_ThrowsNamingPackagesToInstall()
    {
        var empty = Directory.CreateTempSubdirectory("docgen-nofonts").FullName;

        var error = Assert.Throws<MissingCjkFontException>(() => FontSet.Resolve(FontCatalog.For([empty]), new Dictionary<string, string>()));

        Assert.Contains("fonts-arphic-uming", error.Message);
        Assert.Contains("fonts-wqy-zenhei", error.Message);
        Assert.Contains(empty, error.Message);
    }

    [Fact]
    public void For_CorruptCollectionBesideRealFonts_SkipsItNamingTheFileAndLoadsTheRest()
    {
        var folder = Directory.CreateTempSubdirectory("docgen-badfont").FullName;
        var bad = Path.Combine(folder, "bomb.ttc");
        File.WriteAllBytes(bad, TrueTypeCollectionTests.HeaderClaimingTwoBillionFaces());

        var catalog = FontCatalog.For([folder, .. FontCatalog.DefaultFolders()]);

        var skipped = Assert.Single(catalog.Skipped, s => s.Path == bad);
        Assert.Contains("2,147,483,648 faces", skipped.Reason);
        Assert.Contains(catalog.Faces, f => f.Family == "WenQuanYi Zen Hei");
    }

    [Fact]
    public void CheckFonts_OnlyACorruptFile_CannotRenderAndSaysWhy()
    {
        var folder = Directory.CreateTempSubdirectory("docgen-badfont").FullName;
        File.WriteAllBytes(Path.Combine(folder, "bomb.ttc"), TrueTypeCollectionTests.HeaderClaimingTwoBillionFaces());

        var report = new PdfReportRenderer(new PdfRenderOptions([folder])).CheckFonts();

        Assert.False(report.CanRender);
        Assert.Equal(0, report.CjkFaces);
        Assert.Contains("fonts-wqy-zenhei", report.Problem);
        Assert.EndsWith("bomb.ttc", Assert.Single(report.Skipped).Path);
    }

    [Fact]
    public void For_SameSiteFontsAgain_TheSameChains()
    {
        var catalog = FontCatalog.For(FontCatalog.DefaultFolders());

        var first = FontSet.For(catalog, new Dictionary<string, string> { ["body"] = "LXGW WenKai", ["title"] = "AR PL UKai CN" });
        var again = FontSet.For(catalog, new Dictionary<string, string> { ["title"] = "AR PL UKai CN", ["body"] = "LXGW WenKai" });

        Assert.All(Enum.GetValues<FontRole>(), role => Assert.Same(first[role], again[role]));
    }

    [Fact]
    public void For_OtherSiteFonts_OtherChains()
    {
        var catalog = FontCatalog.For(FontCatalog.DefaultFolders());

        var standard = FontSet.For(catalog, new Dictionary<string, string>());
        var site = FontSet.For(catalog, new Dictionary<string, string> { ["body"] = "LXGW WenKai" });

        Assert.NotSame(standard[FontRole.Body], site[FontRole.Body]);
        Assert.Equal("LXGW WenKai", site[FontRole.Body].Primary.Family);
        Assert.Equal("FandolFang R", standard[FontRole.Body].Primary.Family);
    }

    [Fact]
    public void Resolve_SiteNamesBodyFamily_BodyChainStartsWithIt()
    {
        var catalog = FontCatalog.For(FontCatalog.DefaultFolders());

        var fonts = FontSet.Resolve(catalog, new Dictionary<string, string> { ["body"] = "LXGW WenKai" });

        Assert.Equal("LXGW WenKai", fonts[FontRole.Body].Primary.Family);
        Assert.Equal("FandolHei", fonts[FontRole.Heading].Primary.Family);
    }

    [Fact]
    public void Atomize_CharacterMissingFromFirstFace_FallsBackToNextFace()
    {
        var latinOnly = TestText.FixedWidthFace("LatinOnly", cp => cp < 0x80);
        var cjk = TestText.FixedWidthFace("Cjk");
        var atomizer = new TextAtomizer(FontSet.Uniform(new FontChain([latinOnly, cjk], _ => null)));

        var atoms = atomizer.Atomize([new StyledText("ab中", new TextStyle(FontRole.Body, 10))]);

        Assert.Equal(["LatinOnly", "Cjk"], atoms.SelectMany(a => a.Pieces).Select(p => p.Face.Family));
    }

    [Fact]
    public void Resolve_LiberationSerifInstalled_BodyAndTableSetFiguresAndLatinInIt()
    {
        var fonts = FontSet.Resolve(FontCatalog.For(FontCatalog.DefaultFolders()), new Dictionary<string, string>());
        var atomizer = new TextAtomizer(fonts);

        var body = atomizer.Atomize([new StyledText("共2023件", new TextStyle(FontRole.Body, 16))]);
        var heading = atomizer.Atomize([new StyledText("2023年", new TextStyle(FontRole.Heading, 16))]);

        Assert.Equal(["FandolFang R", "Liberation Serif", "FandolFang R"], body.SelectMany(a => a.Pieces).Select(p => p.Face.Family));
        Assert.Equal("FandolHei", heading[0].Pieces[0].Face.Family);
        Assert.Equal("Liberation Serif", fonts[FontRole.Table].Latin?.Family);
    }

    [Fact]
    public void Pick_BoldAscii_UsesTheLatinBoldFace()
    {
        var fonts = FontSet.Resolve(FontCatalog.For(FontCatalog.DefaultFolders()), new Dictionary<string, string>());

        var (face, simulated) = fonts[FontRole.Body].Pick('7', bold: true);

        Assert.Equal(("Liberation Serif", true, false), (face.Family, face.IsBold, simulated));
    }

    [Fact]
    public void Pick_NoLatinFace_CjkFaceDrawsAsciiAsBefore()
    {
        var cjk = TestText.FixedWidthFace("Cjk");

        var (face, _) = new FontChain([cjk], _ => null).Pick('7', bold: false);

        Assert.Same(cjk, face);
    }
}
