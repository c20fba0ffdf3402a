using DocGen.Ofd.Tests.Support;

namespace DocGen.Ofd.Tests;

/// <summary>
/// Every fixture's OFD opened by someone else's reader — ofd.js drawing it in Chromium — page by page
/// beside the PDF's pages from pdftoppm. ofd.js sets text as SVG text in the named font family
/// (installed here, the same faces the OFD embeds) at each character's DeltaX position, so a glyph
/// that is not where the PDF has it shows.
/// <para>
/// The measure: the share of each image's ink (pixels darker than mid-grey) that the other image
/// has within one pixel (a quarter millimetre), the smaller of the two shares. Two rasterisers
/// (poppler's FreeType, Chromium's Skia) hint and anti-alias glyphs and half-point rules a pixel
/// apart, so identical layouts score 0.89–0.99 (tables lowest: thin 10.5 pt strokes and 0.5 pt
/// rules, some of which one rasteriser draws grey and the other black); a page moved by one
/// millimetre scores about half. <see cref="Threshold"/> sits between.
/// </para>
/// </summary>
public sealed class OfdJsReaderTests(OfdJsReader reader) : IClassFixture<OfdJsReader>
{
    // ofd.js draws at a scale of whole tenths of a pixel per millimetre, (width − 10) / page width:
    // 850 px gives 4 px/mm (101.6 dpi). A4 is then 840 × 1188 pixels; pdftoppm is asked for exactly that.
    private const double ScreenWidth = 850;
    private const int Width = 840, Height = 1188;
    private const int PixelsPerMm = 4;

    internal const double Threshold = 0.85;

    [Theory]
    [MemberData(nameof(PrintedFixtures.Names), MemberType = typeof(PrintedFixtures))]
    public async Task EveryPage_DrawnByOfdJs_MatchesThePdfPage(string fixture)
    {
        var printed = PrintedFixtures.Of(fixture);
        var pages = await reader.RenderAsync(printed.Ofd!.Bytes, ScreenWidth);

        Assert.Equal(printed.Pdf!.PageCount, pages.Count);
        Directory.CreateDirectory(PrintedFixtures.Artifacts);
        for (var i = 0; i < pages.Count; i++)
        {
            var pdfPage = Poppler.Png(printed.Pdf.Bytes, i + 1, Width, Height);
            File.WriteAllBytes(Path.Combine(PrintedFixtures.Artifacts, $"{fixture}-{i + 1}.ofd.png"), pages[i]);
            File.WriteAllBytes(Path.Combine(PrintedFixtures.Artifacts, $"{fixture}-{i + 1}.pdf.png"), pdfPage);
            var match = await reader.CompareAsync(pages[i], pdfPage, Width, Height, reach: 1);
            Console.WriteLine($"{fixture} page {i + 1}: {match}");
            Assert.True(match.InkA > 1000 && match.InkB > 1000, $"page {i + 1} is blank: {match}");
            Assert.True(match.Worse >= Threshold, $"{fixture} page {i + 1}: {match}");
        }
    }

    [Theory]
    [InlineData(PixelsPerMm, 0)]
    [InlineData(0, PixelsPerMm)]
    [InlineData(-PixelsPerMm / 2, PixelsPerMm / 2)]
    public async Task APageMovedByAMillimetre_FailsTheMeasure(int shiftX, int shiftY)
    {
        var printed = PrintedFixtures.Of("panjin-commerce-2022");
        var page = (await reader.RenderAsync(printed.Ofd!.Bytes, ScreenWidth))[3];
        var pdfPage = Poppler.Png(printed.Pdf!.Bytes, 4, Width, Height);

        var same = await reader.CompareAsync(page, pdfPage, Width, Height, reach: 1);
        var moved = await reader.CompareAsync(page, pdfPage, Width, Height, reach: 1, shiftX, shiftY);

        Console.WriteLine($"as drawn: {same}; moved ({shiftX}, {shiftY}) px: {moved}");
        Assert.True(same.Worse >= Threshold, $"{same}");
        Assert.True(moved.Worse < Threshold, $"moved ({shiftX}, {shiftY}) px: {moved}");
    }
}
