using System.Text.RegularExpressions;
using DocGen.Layout.Composition;
using DocGen.Pdf.Tests.Support;

namespace DocGen.Pdf.Tests.Rendering;

/// <summary>
/// What a print editor checks on the paper (issue 22), read back from each fixture's PDF as a
/// reader's tools see it: the faces pdffonts names, the lines pdftotext -bbox-layout places.
/// </summary>
public sealed partial class PrintedPageTests
{
    private static readonly PdfReportRenderer Renderer = new();
    private static readonly Dictionary<string, byte[]> Pdfs = [];

    private static byte[] Pdf(string fixture)
    {
        lock (Pdfs)
        {
            if (!Pdfs.TryGetValue(fixture, out var pdf))
                Pdfs[fixture] = pdf = Renderer.Render(FixtureReports.Outline(fixture), Fixtures.Site(fixture)).Bytes;
            return pdf;
        }
    }

    // The text block in pdftotext's coordinates (points from the page's top left); lines below it are page numbers.
    private static readonly double BlockTop = PageGeometry.TextBlock.Y;
    private static readonly double BlockBottom = PageGeometry.TextBlock.Bottom;

    private static List<PdfTextLine> BlockLines(List<PdfTextLine> page) =>
        page.Where(l => l.YMax <= BlockBottom + 2).OrderBy(l => l.YMax).ThenBy(l => l.XMin).ToList();

    [Theory]
    [InlineData("synthetic-busy-2023")]
    [InlineData("panjin-commerce-2022")]
    public void Fonts_Fixture_TitleSongBodyFangsongHeadingsHeiEmbedded(string fixture)
    {
        var names = PdfTools.FontNames(Pdf(fixture));

        Assert.Contains(names, n => n.StartsWith("Noto Serif CJK SC", StringComparison.Ordinal));
        Assert.Contains(names, n => n.StartsWith("FandolFang", StringComparison.Ordinal));
        Assert.Contains(names, n => n.StartsWith("FandolHei", StringComparison.Ordinal));
        Assert.DoesNotContain(names, n => n.StartsWith("WenQuanYi", StringComparison.Ordinal) || n.StartsWith("AR PL", StringComparison.Ordinal));
    }

    [Fact]
    public void Fonts_SecondLevelHeadingInNarrative_SetInKai()
    {
        var outline = FixtureReports.Outline("panjin-commerce-2022");
        var first = outline.Sections[0];
        var narrative = new DocGen.Core.Model.RichText("（一）工作改进情况\n\n本机关进一步完善了工作制度。");
        outline = outline with { Sections = [first with { Narrative = narrative }, .. outline.Sections.Skip(1)] };

        var names = PdfTools.FontNames(Renderer.Render(outline, Fixtures.Site("panjin-commerce-2022")).Bytes);

        Assert.Contains(names, n => n.StartsWith("FandolKai", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Fixtures.Names), MemberType = typeof(Fixtures))]
    public void Pages_Fixture_EveryPageButTheLastTwoThirdsFull(string fixture)
    {
        var pages = PdfLines.Read(Pdf(fixture));

        for (var p = 0; p < pages.Count - 1; p++)
        {
            var lines = BlockLines(pages[p]);
            var filled = (lines[^1].YMax - BlockTop) / (BlockBottom - BlockTop);
            Assert.True(filled >= 2.0 / 3 - 0.01, $"{fixture}: page {p + 1} is {filled:P0} full, its last line “{lines[^1].Text}”, page {p + 2} starts “{BlockLines(pages[p + 1])[0].Text}”");
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures.Names), MemberType = typeof(Fixtures))]
    public void Pages_Fixture_NoHeadingIsAPagesLastLine(string fixture)
    {
        var outline = FixtureReports.Outline(fixture);
        var headings = outline.Sections.Select(s => PdfTools.Squeeze(s.Heading)).ToHashSet();
        bool IsHeading(string text) => headings.Contains(text) || NarrativeHeadings.Find(text) is { Level: > 0 } h && h.Length >= text.Length;
        var pages = PdfLines.Read(Pdf(fixture));

        for (var p = 0; p < pages.Count - 1; p++)
        {
            // The page's last rows of text, one line each (a table row has cells side by side), bottom up.
            var rows = BlockLines(pages[p]).GroupBy(l => Math.Round(l.YMax)).OrderByDescending(g => g.Key).Take(3).ToList();
            var tail = "";
            foreach (var row in rows)
            {
                if (row.Count() != 1) break;
                tail = PdfTools.Squeeze(row.Single().Text) + tail;
                // A heading that wrapped ends the page with its last line: “（二）强化制度建设，…” / “局。”
                Assert.False(IsHeading(tail), $"{fixture}: page {p + 1} ends with the heading “{tail}”");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures.Names), MemberType = typeof(Fixtures))]
    public void Text_Fixture_PhoneNumbersAndDatesNeverSplitAcrossLines(string fixture)
    {
        var json = File.ReadAllText(CheckoutPaths.Fixture(fixture + ".json"));
        var runs = FigureRun().Matches(System.Text.Json.JsonDocument.Parse(json).RootElement.ToString())
            .Select(m => m.Value).Where(v => v.Length >= 5).Distinct().ToList();
        Assert.NotEmpty(runs);
        var text = PdfTools.Text(Pdf(fixture), "-raw");
        var lines = text.Split('\n').Select(PdfTools.Squeeze).ToList();
        var whole = PdfTools.Squeeze(text);

        foreach (var run in runs)
        {
            var printed = Count(whole, run);
            var onOneLine = lines.Sum(l => Count(l, run));
            Assert.True(printed == onOneLine, $"{fixture}: “{run}” printed {printed} times, {onOneLine} of them on one line");
        }
    }

    private static int Count(string text, string value) => Regex.Count(text, Regex.Escape(value));

    // Phone numbers (0470—2773823, 0427-2825551, 22982280) and dates (2024年1月31日, 2023年).
    [GeneratedRegex(@"\d{3,4}[—－-]\d{7,8}|\d{7,8}|\d{4}年(\d{1,2}月(\d{1,2}日)?)?")]
    private static partial Regex FigureRun();
}
