using DocGen.Core.Layout;
using DocGen.Pdf.Tests.Support;

namespace DocGen.Pdf.Tests;

/// <summary>
/// Both profiles are tagged; the archive profile is PDF/A-1a. Checked with qpdf and pdffonts, the
/// checks a machine can make without veraPDF (see src/DocGen.Pdf/README.md for what is not checked).
/// </summary>
public class TaggedPdfTests
{
    private static readonly PdfReportRenderer Renderer = PdfReportRenderer.Default;

    private static byte[] Render(string fixture, PdfProfile profile) =>
        Renderer.Render(FixtureReports.Outline(fixture), Fixtures.Site(fixture), profile).Bytes;

    public static TheoryData<string, PdfProfile> FixturesInBothProfiles()
    {
        var data = new TheoryData<string, PdfProfile>();
        foreach (var name in CheckoutPaths.FixtureNames)
            foreach (var profile in Enum.GetValues<PdfProfile>()) data.Add(name, profile);
        return data;
    }

    [Theory]
    [MemberData(nameof(FixturesInBothProfiles))]
    public void Render_Fixture_TaggedInChineseWithHeadingsAndTables(string fixture, PdfProfile profile)
    {
        var outline = FixtureReports.Outline(fixture);

        var pdf = new PdfStructure(Render(fixture, profile));

        Assert.Equal("u:zh-CN", pdf.CatalogEntry("/Lang")?.GetString());
        Assert.True(pdf.CatalogEntry("/MarkInfo")?.GetProperty("/Marked").GetBoolean());
        var types = pdf.StructureTypes();
        Assert.Equal("/Document", types[0]);
        Assert.Equal("/H1", types[1]);
        Assert.Equal(outline.Sections.Count, types.Count(t => t == "/H2"));
        Assert.Equal(outline.Sections.Count(s => s.Table is not null), types.Count(t => t == "/Table"));
        Assert.Contains("/P", types);
    }

    [Theory]
    [InlineData("synthetic-busy-2023")]
    [InlineData("panjin-commerce-2022")]
    public void Render_NationalTables_EveryCellTaggedOnceHeadingsAsThFiguresAsTd(string fixture)
    {
        var outline = FixtureReports.Outline(fixture);
        var cells = outline.Sections.Where(s => s.Table is not null).SelectMany(s => TableGrid.Expand(s.Table!).Cells).ToList();

        var pdf = new PdfStructure(Render(fixture, PdfProfile.Standard));

        // A head repeated on a later page and a label drawn again under its continued span are artifacts, not cells.
        Assert.Equal(cells.Count(c => c.Cell.Binding is not null), pdf.Elements("/TD").Count);
        Assert.Equal(cells.Count(c => c.Cell.Binding is null), pdf.Elements("/TH").Count);
        Assert.Equal(outline.Sections.Where(s => s.Table is not null).Sum(s => TableGrid.Expand(s.Table!).RowCount), pdf.Elements("/TR").Count);
        Assert.Contains(pdf.Elements("/TH"), th => th.TryGetProperty("/A", out _)); // row and column spans as table attributes
    }

    [Fact]
    public void Render_PageNumbersAndRules_MarkedAsArtifacts()
    {
        var bytes = Render("synthetic-busy-2023", PdfProfile.Standard);

        var content = PdfTools.PageContent(bytes, 1);

        Assert.Contains("/Artifact BMC", content);
        Assert.Contains("/H1<</MCID0>>BDC", content.Replace(" ", ""));
    }

    [Fact]
    public void Render_Link_IsALinkElementHoldingItsAnnotation()
    {
        var pdf = new PdfStructure(Render("synthetic-busy-2023", PdfProfile.Standard));

        var link = Assert.IsType<System.Text.Json.JsonElement>(pdf.Elements("/Link").FirstOrDefault());
        var objr = link.GetProperty("/K").EnumerateArray().Select(pdf.Resolve).Single(k => k.ValueKind == System.Text.Json.JsonValueKind.Object && k.TryGetProperty("/Obj", out _));
        var annotation = pdf.Resolve(objr.GetProperty("/Obj"));
        Assert.Equal("/Link", annotation.GetProperty("/Subtype").GetString());
        Assert.Equal(4, annotation.GetProperty("/F").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Fixtures.Names), MemberType = typeof(Fixtures))]
    public void Render_ArchiveProfile_PdfAIdentificationOutputIntentFontsEmbeddedNoEncryptionOrScripts(string fixture)
    {
        var bytes = Render(fixture, PdfProfile.Archive);
        var pdf = new PdfStructure(bytes);

        var xmp = PdfTools.Xmp(bytes, pdf.Catalog.GetProperty("/Metadata").GetString()!);
        Assert.Contains("<pdfaid:part>1</pdfaid:part>", xmp);
        Assert.Contains("<pdfaid:conformance>A</pdfaid:conformance>", xmp);
        var intent = Assert.Single(pdf.CatalogEntry("/OutputIntents")!.Value.EnumerateArray());
        Assert.Equal("/GTS_PDFA1", intent.GetProperty("/S").GetString());
        Assert.Equal("u:sRGB", intent.GetProperty("/OutputConditionIdentifier").GetString());
        Assert.Equal(3, pdf.Resolve(intent.GetProperty("/DestOutputProfile")).GetProperty("/N").GetInt32());
        Assert.False(pdf.Trailer.TryGetProperty("/Encrypt", out _));
        foreach (var forbidden in new[] { "/JavaScript", "/JS", "/Launch", "/GoToR", "/SubmitForm", "/ImportData", "/OpenAction", "/AA" })
            Assert.False(pdf.AnyObjectHas(forbidden), $"{forbidden} found");
        var fonts = PdfTools.Fonts(bytes);
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.Equal("yes", f[^5])); // the emb column
    }

    [Theory]
    [InlineData(PdfProfile.Standard)]
    [InlineData(PdfProfile.Archive)]
    public void Render_Site_XmpCarriesPublisherAndSiteCodeAsTheInfoDoes(PdfProfile profile)
    {
        var site = Fixtures.Site("panjin-commerce-2022");
        var bytes = Renderer.Render(FixtureReports.Outline("panjin-commerce-2022"), site, profile).Bytes;

        var xmp = PdfTools.XmpByExiftool(bytes);

        Assert.Equal(site.Name, xmp["XMP-dc:Publisher"]);
        Assert.Equal(site.SiteCode, xmp["XMP-docgen:SiteCode"]);
        Assert.Equal("PDFsharp 6.2.4", xmp["XMP-pdf:Producer"]); // PDFsharp's own properties kept
        Assert.Equal(FixtureReports.Outline("panjin-commerce-2022").Title, xmp["XMP-dc:Title"]);
        var (exitCode, output) = PdfTools.QpdfCheck(bytes);
        Assert.True(exitCode == 0 && !output.Contains("WARNING"), output);
    }

    [Fact]
    public void Render_SiteNameWithMarkup_EscapedInTheXmp()
    {
        var site = Fixtures.Site("synthetic-busy-2023") with { Name = "<测试> & \"门户\"" };
        var bytes = Renderer.Render(FixtureReports.Outline("synthetic-busy-2023"), site, PdfProfile.Archive).Bytes;

        Assert.Equal(site.Name, PdfTools.XmpByExiftool(bytes)["XMP-dc:Publisher"]);
    }

    [Fact]
    public void Render_StandardProfile_NoPdfAClaim()
    {
        var bytes = Render("synthetic-busy-2023", PdfProfile.Standard);
        var pdf = new PdfStructure(bytes);

        Assert.Null(pdf.CatalogEntry("/OutputIntents"));
        Assert.DoesNotContain("pdfaid", PdfTools.Xmp(bytes, pdf.Catalog.GetProperty("/Metadata").GetString()!));
    }

    [Theory]
    [MemberData(nameof(FixturesInBothProfiles))]
    public void Render_Fixture_QpdfCleanAndByteIdenticalTwice(string fixture, PdfProfile profile)
    {
        var first = Render(fixture, profile);
        var second = Render(fixture, profile);

        Assert.Equal(first, second);
        var (exitCode, output) = PdfTools.QpdfCheck(first);
        Assert.True(exitCode == 0 && !output.Contains("WARNING"), output);
    }

    [Theory]
    [InlineData(PdfProfile.Standard)]
    [InlineData(PdfProfile.Archive)]
    public void Render_ParagraphOverSeveralPages_OneElementWithContentOnEachPage(PdfProfile profile)
    {
        var longText = string.Concat(Enumerable.Repeat("本机关持续推进政务公开标准化规范化建设，逐项梳理公开事项目录。", 120));
        var report = FixtureReports.Report("synthetic-busy-2023") with { Problems = new DocGen.Core.Model.RichText(longText) };
        var outline = FixtureReports.Outline(report);

        var result = Renderer.Render(outline, Fixtures.Site("synthetic-busy-2023"), profile);
        var pdf = new PdfStructure(result.Bytes);

        Assert.True(result.PageCount >= 6, $"{result.PageCount} pages");
        // Its kids: the marked content on its first page, then a marked-content reference per later page.
        var pagesOfLongest = pdf.Elements("/P").Max(p => p.GetProperty("/K") is { ValueKind: System.Text.Json.JsonValueKind.Array } k ? k.GetArrayLength() : 1);
        Assert.True(pagesOfLongest >= 3, $"the long paragraph has content on {pagesOfLongest} pages");
        var (exitCode, output) = PdfTools.QpdfCheck(result.Bytes);
        Assert.True(exitCode == 0 && !output.Contains("WARNING"), output);
        Assert.Equal(result.Bytes, Renderer.Render(outline, Fixtures.Site("synthetic-busy-2023"), profile).Bytes);
    }
}
