using System.Text.RegularExpressions;
using DocGen.Ofd.Tests.Support;
using DocGen.Pdf.Tests.Support;

namespace DocGen.Ofd.Tests;

/// <summary>The OFD's XML read back and held against the PDF drawn from the same layout.</summary>
public partial class OfdPackageTests
{
    [Theory]
    [MemberData(nameof(PrintedFixtures.Names), MemberType = typeof(PrintedFixtures))]
    public void EveryPage_TextInReadingOrder_EqualsPdftotextOfThePdf(string fixture)
    {
        var printed = PrintedFixtures.Of(fixture);
        var ofd = new OfdPackageReader(printed.Ofd!.Bytes);

        Assert.Equal(printed.Pdf!.PageCount, ofd.Pages.Count);
        for (var i = 0; i < ofd.Pages.Count; i++)
            Assert.Equal(NoSpace(Poppler.Text(printed.Pdf.Bytes, i + 1)), NoSpace(ofd.PageText(i)));
    }

    [Theory]
    [MemberData(nameof(PrintedFixtures.Names), MemberType = typeof(PrintedFixtures))]
    public void Outline_TheBookmarksOfThePdf_OnTheirPages(string fixture)
    {
        var printed = PrintedFixtures.Of(fixture);
        var outline = new OfdPackageReader(printed.Ofd!.Bytes).Outline();

        Assert.Equal(Poppler.OutlineTitles(printed.Pdf!.Bytes), outline.Select(o => o.Title));
        Assert.NotEmpty(outline);
        var ofd = new OfdPackageReader(printed.Ofd.Bytes);
        foreach (var (title, page, _) in outline)
            Assert.Contains(NoSpace(title), NoSpace(ofd.PageText(page)));
    }

    [Fact]
    public void DocInfo_TitleAgencyDateAndSite()
    {
        const string fixture = "panjin-commerce-2022";
        var ofd = new OfdPackageReader(PrintedFixtures.Of(fixture).Ofd!.Bytes);
        var outline = FixtureReports.Outline(fixture);
        var site = Fixtures.Site(fixture);

        Assert.Equal("1.0", ofd.Main.Root!.Attribute("Version")!.Value);
        Assert.Equal(outline.Title, ofd.DocInfo("Title"));
        Assert.Equal(outline.Report.Agency, ofd.DocInfo("Author"));
        Assert.Equal(outline.SignedOn.Length > 0 ? outline.SignedOn : $"{outline.Report.Year}-12-31", ofd.DocInfo("CreationDate"));
        Assert.Matches("^[0-9A-F]{32}$", ofd.DocInfo("DocID"));
        var custom = ofd.Main.Descendants(OfdPackageReader.Ofd + "CustomData").ToDictionary(c => c.Attribute("Name")!.Value, c => c.Value);
        Assert.Equal(site.SiteCode, custom["网站标识码"]);
        Assert.Equal(site.Name, custom["网站名称"]);
    }

    [Theory]
    [MemberData(nameof(PrintedFixtures.Names), MemberType = typeof(PrintedFixtures))]
    public void Fonts_EmbeddedTrueTypeSubsets_HoldingEveryCharacterDrawn(string fixture)
    {
        var ofd = new OfdPackageReader(PrintedFixtures.Of(fixture).Ofd!.Bytes);
        var res = ofd.Xml($"{ofd.DocFolder}/PublicRes.xml");
        var baseLoc = res.Root!.Attribute("BaseLoc")!.Value;
        var fonts = res.Descendants(OfdPackageReader.Ofd + "Font").ToDictionary(f => f.Attribute("ID")!.Value, f => ofd.Bytes($"{ofd.DocFolder}/{baseLoc}/{f.Element(OfdPackageReader.Ofd + "FontFile")!.Value}"));
        Assert.NotEmpty(fonts);

        for (var i = 0; i < ofd.Pages.Count; i++)
        {
            foreach (var text in ofd.PageContent(i).Descendants(OfdPackageReader.Ofd + "TextObject"))
            {
                var face = Layout.Fonts.FontFaceReader.TryRead("embedded", 0, fonts[text.Attribute("Font")!.Value]);
                Assert.NotNull(face);
                foreach (var rune in text.Value.EnumerateRunes())
                    Assert.True(face.HasGlyph(rune.Value) || rune.Value == ' ', $"page {i + 1}: U+{rune.Value:X4} missing from font {text.Attribute("Font")!.Value}");
            }
        }
        // Subsets: a few hundred to a few thousand glyphs, not the 7,700 of a compact cut nor a whole face.
        Assert.All(fonts.Values, f => Assert.True(f.Length < 1_000_000, $"{f.Length:N0} bytes"));
    }

    [Fact]
    public void Structure_CustomTagsReferenceEveryContentTextObject_TitleFirst()
    {
        var ofd = new OfdPackageReader(PrintedFixtures.Of("synthetic-busy-2023").Ofd!.Bytes);
        var tags = ofd.Document.Descendants(OfdPackageReader.Ofd + "CustomTags").Single().Value;
        var customTags = ofd.Xml($"{ofd.DocFolder}/{tags}");
        var file = customTags.Descendants(OfdPackageReader.Ofd + "FileLoc").Single().Value;
        var structure = ofd.Xml($"{ofd.DocFolder}/{file}");

        var first = structure.Root!.Elements().First();
        Assert.Equal("H1", first.Name.LocalName);
        Assert.Contains(structure.Root.Elements(), e => e.Name.LocalName == "Table" && e.Descendants().Any(d => d.Name.LocalName == "TH"));
        var referenced = structure.Descendants(OfdPackageReader.Ofd + "ObjectRef").Select(r => (r.Attribute("PageRef")!.Value, r.Value)).ToHashSet();
        var pageIds = ofd.Pages.Select(p => p.Attribute("ID")!.Value).ToList();
        var texts = pageIds.SelectMany((id, i) => ofd.PageContent(i).Descendants(OfdPackageReader.Ofd + "TextObject").Select(t => new
        {
            Page = i,
            Tagged = referenced.Contains((id, t.Attribute("ID")!.Value)),
            Text = t.Value,
            Top = double.Parse(t.Attribute("Boundary")!.Value.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture),
        })).ToList();
        Assert.Equal(referenced.Count, texts.Count(t => t.Tagged));

        // Untagged, as the PDF's artifacts: the furniture under the text block (page numbers, the
        // site line) and a table's head repeated on a later page, tagged where it first stood.
        const double TextBlockFoot = 37 + 225;
        foreach (var t in texts.Where(t => !t.Tagged))
            Assert.True(t.Top > TextBlockFoot - 5 || texts.Any(o => o.Tagged && o.Page < t.Page && o.Text == t.Text), $"page {t.Page + 1}: \"{t.Text}\" is not in the structure");
        Assert.All(Enumerable.Range(0, pageIds.Count), i => Assert.Contains(texts, t => t.Page == i && !t.Tagged && t.Text == $"{i + 1}"));
    }

    [Fact]
    public void SameReport_SameBytes()
    {
        var first = PrintedFixtures.Of("minhou-commerce-2020").Ofd!.Bytes;
        var again = new DocGen.Rendering.PrintRenderer(Pdf.PdfReportRenderer.Default)
            .Render(FixtureReports.Outline("minhou-commerce-2020"), Fixtures.Site("minhou-commerce-2020"), Pdf.PdfProfile.Standard, withPdf: false, withOfd: true).Ofd!.Bytes;
        Assert.Equal(first, again);
    }

    private static string NoSpace(string text) => Whitespace().Replace(text, "");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
