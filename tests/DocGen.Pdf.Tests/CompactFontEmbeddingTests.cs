using DocGen.Layout.Fonts;
using DocGen.Pdf.Tests.Fonts;
using DocGen.Pdf.Tests.Support;

namespace DocGen.Pdf.Tests;

/// <summary>
/// What the compact CJK cuts change in the file: the embedded font programs carry the cut's glyph
/// slots (hmtx and loca of ~7.6k entries, ~4.2k for the title and heading faces) instead of the whole
/// face's 21–45k, and a character outside the cut still prints, from a wider cut or the full face
/// embedded beside it.
/// </summary>
public class CompactFontEmbeddingTests
{
    // GB 2312's 7,445 characters, the blocks and the composite glyphs' components come to ~7,700
    // glyphs in Zen Hei and UMing. PDFsharp's subsets keep glyph ids, so a program made from a whole
    // face has its numGlyphs (UMing 27,123, Zen Hei 44,960) and 8 bytes of hmtx and loca for each.
    private const int MaxCutGlyphs = 10_000;

    // The title and heading faces are cut to GB 2312's symbols and first level (CommonRepertoire.Frequent):
    // ~4.1–4.3k glyphs in Noto Serif CJK SC, FandolHei and FandolKai.
    private const int MaxFrequentCutGlyphs = 5_000;

    [Theory]
    [MemberData(nameof(Fixtures.Names), MemberType = typeof(Fixtures))]
    public void Render_Fixture_CjkFontProgramsCarryTheCutNotTheWholeFace(string fixture)
    {
        var pdf = PdfReportRenderer.Default.Render(FixtureReports.Outline(fixture), Fixtures.Site(fixture)).Bytes;

        var cjk = EmbeddedFontPrograms.Read(pdf).Where(p => !p.FontName.Contains("Liberation", StringComparison.Ordinal)).ToList();

        // Noto Serif CJK SC for the title, FandolHei for 一、, FandolFang for body and tables, FandolKai for （一） where there is one.
        Assert.InRange(cjk.Count, 3, 4);
        Assert.All(cjk, p =>
        {
            Assert.Contains(CompactFaceCutter.FullNameSuffix.Trim(), p.FontName);
            var (least, most) = p.FontName.Contains("FandolFang", StringComparison.Ordinal) ? (6_000, MaxCutGlyphs) : (3_500, MaxFrequentCutGlyphs);
            Assert.InRange(p.Program.NumGlyphs, least, most);
            Assert.InRange(p.Program.Length("hmtx") + p.Program.Length("loca"), 0, 8 * (most + 1));
            Assert.Equal(p.Program.Font.Length, p.Length1);
        });
    }

    [Fact]
    public void Render_TitleCharacterOutsideTheFrequentCut_PrintedFromTheFacesWiderCut()
    {
        // 沭 (沭阳, a county in Jiangsu) is in GB 2312's second level: the title face's narrow cut lacks
        // it, its GB 2312 cut has it, so the title prints from both cuts and not from the whole face.
        var report = FixtureReports.Report("synthetic-busy-2023") with { Agency = "沭阳县发展和改革局" };

        var pdf = PdfReportRenderer.Default.Render(FixtureReports.Outline(report), Fixtures.Site("synthetic-busy-2023")).Bytes;

        Assert.Contains("沭阳县发展和改革局2023年政府信息公开工作年度报告", PdfTools.Squeeze(PdfTools.Text(pdf, "-raw")));
        var title = EmbeddedFontPrograms.Read(pdf).Where(p => p.FontName.Contains("+Noto Serif CJK SC", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, title.Count);
        Assert.All(title, p => Assert.Contains(CompactFaceCutter.FullNameSuffix.Trim(), p.FontName));
        Assert.Single(title, p => p.Program.NumGlyphs is > 3_500 and <= MaxFrequentCutGlyphs);
        Assert.Single(title, p => p.Program.NumGlyphs is > 6_000 and <= MaxCutGlyphs);
    }

    [Fact]
    public void Render_CharactersOutsideGb2312_PrintedFromTheFullFaceEmbeddedToo()
    {
        // 镕 and 堃 in the agency's name (the title in Noto Serif CJK SC, which has them), 喆 and 玥 in a
        // narrative and the 落款: none of them is in GB 2312, so FandolFang lacks them and UMing, the next
        // face of the body chain, draws them.
        var report = FixtureReports.Report("synthetic-busy-2023") with
        {
            Agency = "测试市镕堃管理局",
            Overview = new DocGen.Core.Model.RichText("本年度由张喆、李玥同志负责政府信息公开工作。"),
        };

        var pdf = PdfReportRenderer.Default.Render(FixtureReports.Outline(report), Fixtures.Site("synthetic-busy-2023")).Bytes;

        var text = PdfTools.Squeeze(PdfTools.Text(pdf, "-raw"));
        Assert.Contains("测试市镕堃管理局2023年政府信息公开工作年度报告", text);
        Assert.Contains("本年度由张喆、李玥同志负责政府信息公开工作。", text);
        var programs = EmbeddedFontPrograms.Read(pdf);
        var title = programs.Where(p => p.FontName.Contains("+Noto Serif CJK SC", StringComparison.Ordinal)).ToList();
        var titleCut = Assert.Single(title, p => p.FontName.Contains(CompactFaceCutter.FullNameSuffix, StringComparison.Ordinal));
        var titleFull = Assert.Single(title, p => !p.FontName.Contains(CompactFaceCutter.FullNameSuffix, StringComparison.Ordinal));
        Assert.InRange(titleCut.Program.NumGlyphs, 3_500, MaxFrequentCutGlyphs);
        Assert.True(titleFull.Program.NumGlyphs > 20_000, $"title: {titleFull.Program.NumGlyphs} glyphs");
        var body = Assert.Single(programs, p => p.FontName.EndsWith("+AR PL UMing CN", StringComparison.Ordinal));
        Assert.True(body.Program.NumGlyphs > 20_000, $"AR PL UMing CN: {body.Program.NumGlyphs} glyphs");
        Assert.All(PdfTools.Fonts(pdf), row => Assert.Equal("yes", row[^5])); // pdffonts: emb
    }
}
