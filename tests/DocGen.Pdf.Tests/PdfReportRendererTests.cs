using DocGen.Core.Layout;
using DocGen.Core.Model;
using DocGen.Core.Outline;
using DocGen.Layout.Fonts;
using DocGen.Pdf.Tests.Support;
using PdfSharp.Pdf.IO;

namespace DocGen.Pdf.Tests;

public class PdfReportRendererTests
{
    private static readonly PdfReportRenderer Renderer = PdfReportRenderer.Default;

    private static PdfDocumentResult Render(string fixture) => Renderer.Render(FixtureReports.Outline(fixture), Fixtures.Site(fixture));

    [Theory]
    [MemberData(nameof(Fixtures.Names), MemberType = typeof(Fixtures))]
    public void Render_Fixture_HeadingsAndFiguresInReadingOrder(string fixture)
    {
        var outline = FixtureReports.Outline(fixture);

        var text = PdfTools.Text(Renderer.Render(outline, Fixtures.Site(fixture)).Bytes);

        var squeezed = PdfTools.Squeeze(text);
        var at = squeezed.IndexOf(PdfTools.Squeeze(outline.Title), StringComparison.Ordinal);
        Assert.True(at >= 0, $"title {outline.Title} not found");
        foreach (var heading in outline.Sections.Select(s => s.Heading))
        {
            var next = squeezed.IndexOf(PdfTools.Squeeze(heading), at, StringComparison.Ordinal);
            Assert.True(next > at, $"heading {heading} missing or out of order");
            at = next;
        }

        var figures = outline.Sections.Where(s => s.Table is not null)
            .SelectMany(s => TableGrid.Expand(s.Table!).Cells)
            .Where(c => c.Cell.Binding is not null)
            .Select(c => c.Cell.Binding!.Format(outline.Report));
        Assert.True(PdfTools.InOrder(PdfTools.Numbers(text), figures, out var missing), $"figure {missing} missing or out of order");
    }

    [Theory]
    [MemberData(nameof(Fixtures.Names), MemberType = typeof(Fixtures))]
    public void Render_Fixture_EveryTableLabelOfItsEditionPrinted(string fixture)
    {
        var outline = FixtureReports.Outline(fixture);

        // -raw keeps a wrapped cell's lines together; -layout interleaves them with the next column.
        var text = PdfTools.Squeeze(PdfTools.Text(Renderer.Render(outline, Fixtures.Site(fixture)).Bytes, "-raw"));

        var labels = outline.Sections.Where(s => s.Table is not null)
            .SelectMany(s => s.Table!.Rows.SelectMany(r => r.Cells))
            .Where(c => c.Binding is null)
            .Select(c => PdfTools.Squeeze(c.Text))
            .ToList();
        Assert.All(labels, label => Assert.Contains(label, text));
        if (outline.Edition != Edition.Legacy2008) Assert.Contains("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", labels);
    }

    [Theory]
    [MemberData(nameof(Fixtures.Names), MemberType = typeof(Fixtures))]
    public void Render_Fixture_QpdfFindsNoError(string fixture)
    {
        var (exitCode, output) = PdfTools.QpdfCheck(Render(fixture).Bytes);

        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain("WARNING", output);
        Assert.Contains("No syntax or stream encoding errors", output);
    }

    [Theory]
    [MemberData(nameof(Fixtures.Names), MemberType = typeof(Fixtures))]
    public void Render_SameFixtureTwice_ByteIdentical(string fixture)
    {
        var first = Render(fixture);
        var second = Render(fixture);

        Assert.Equal(first.Bytes, second.Bytes);
    }

    [Fact]
    public void Render_ConcurrentRenders_EachEqualsTheSequentialResult()
    {
        var names = new[] { "synthetic-busy-2023", "panjin-commerce-2022", "minhou-commerce-2020", "zhangdian-commerce-2017" };
        var expected = names.ToDictionary(n => n, n => Render(n).Bytes);

        var results = new System.Collections.Concurrent.ConcurrentBag<(string Name, byte[] Bytes)>();
        Parallel.For(0, 16, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var name = names[i % names.Length];
            results.Add((name, Render(name).Bytes));
        });

        Assert.Equal(16, results.Count);
        Assert.All(results, r => Assert.Equal(expected[r.Name], r.Bytes));
    }

    [Fact]
    public void Render_NarrativePushesTable3AcrossPage_HeaderRowsRepeatOnNextPage()
    {
        var report = FixtureReports.Report("synthetic-busy-2023");
        // Enough narrative in section 一 that table 三 starts low on a page.
        var narrative = string.Join("\n", Enumerable.Repeat("本机关认真贯彻落实《中华人民共和国政府信息公开条例》，持续推进政务公开标准化规范化建设，及时回应社会关切。", 9));
        var outline = FixtureReports.Outline(report with { Overview = new DocGen.Core.Model.RichText(narrative) });

        var result = Renderer.Render(outline, Fixtures.Site("synthetic-busy-2023"));

        var pagesWithTable3Header = Enumerable.Range(1, result.PageCount)
            .Where(p => PdfTools.Squeeze(PdfTools.Text(result.Bytes, "-raw", p)).Contains("申请人情况"))
            .ToList();
        Assert.Equal(2, pagesWithTable3Header.Count);
        Assert.Equal(pagesWithTable3Header[0] + 1, pagesWithTable3Header[1]);
        var second = PdfTools.Squeeze(PdfTools.Text(result.Bytes, "-raw", pagesWithTable3Header[1]));
        Assert.Contains("法人或其他组织", second);
        Assert.Contains("社会公益组织", second);
        Assert.DoesNotContain("三、收到和处理政府信息公开申请情况", second);
    }

    [Fact]
    public void Render_FiftyPageNarrative_PaginatesWithPageNumbers()
    {
        var paragraph = "本机关坚持以公开为常态、不公开为例外，围绕中心工作，深化重点领域信息公开，提升政务公开质量和实效，切实保障人民群众知情权、参与权、表达权和监督权。";
        var report = FixtureReports.Report("synthetic-busy-2023") with { Overview = new DocGen.Core.Model.RichText(string.Join("\n", Enumerable.Repeat(paragraph, 360))) };

        var result = Renderer.Render(FixtureReports.Outline(report), Fixtures.Site("synthetic-busy-2023"));

        Assert.InRange(result.PageCount, 50, 70);
        Assert.Contains("— 50 —", PdfTools.Text(result.Bytes, page: 50));
    }

    [Fact]
    public void Render_PageNumbers_OddPagesRightEvenPagesLeft()
    {
        var result = Render("zhangdian-commerce-2017");

        // “— N —” with the body face's third-of-an-em spaces, which pdftotext may read as none.
        int Column(int page) => PdfTools.Text(result.Bytes, page: page).Split('\n')
            .Single(l => System.Text.RegularExpressions.Regex.IsMatch(l, $"— ?{page} ?—")).IndexOf('—');

        Assert.True(Column(1) > Column(2) + 15, $"page 1 number at column {Column(1)}, page 2 at {Column(2)}");
        Assert.True(Column(3) > Column(4) + 15);
    }

    [Fact]
    public void Render_SiteAsksForPrintedSiteLine_LastPageCarriesSiteNameAndCodeOthersDoNot()
    {
        var site = Fixtures.Site("panjin-commerce-2022") with { PrintSiteLine = true };
        var result = Renderer.Render(FixtureReports.Outline("panjin-commerce-2022"), site);

        var last = PdfTools.Squeeze(PdfTools.Text(result.Bytes, page: result.PageCount));
        var first = PdfTools.Squeeze(PdfTools.Text(result.Bytes, page: 1));

        Assert.Contains(PdfTools.Squeeze($"{site.Name}网站标识码：{site.SiteCode}"), last);
        Assert.DoesNotContain("网站标识码", first);
    }

    [Fact]
    public void Render_SiteByDefault_PaperCarriesNoWebFooterButTheSiteInItsInfo()
    {
        var site = Fixtures.Site("panjin-commerce-2022");
        var result = Render("panjin-commerce-2022");

        var text = PdfTools.Squeeze(PdfTools.Text(result.Bytes));
        var info = Latin1(result.Bytes);

        Assert.DoesNotContain("网站标识码", text);
        Assert.DoesNotContain(site.Name, text[^200..]);
        Assert.Contains($"/SiteCode({site.SiteCode})", info);
        Assert.Contains("/Publisher", info);
    }

    [Fact]
    public void Render_DocumentInfo_FromTheReportNotTheClock()
    {
        var outline = FixtureReports.Outline("synthetic-busy-2023");

        using var stream = new MemoryStream(Renderer.Render(outline, Fixtures.Site("synthetic-busy-2023")).Bytes);
        var document = PdfReader.Open(stream, PdfDocumentOpenMode.Import);

        Assert.Equal(outline.Title, document.Info.Title);
        Assert.Equal(outline.Report.Agency, document.Info.Author);
        Assert.Contains("政府信息公开工作年度报告", document.Info.Subject);
        Assert.Contains(outline.Report.Agency, document.Info.Keywords);
        Assert.Equal("DocGen", document.Info.Creator);
        Assert.Equal(DateOnly.Parse(outline.SignedOn), DateOnly.FromDateTime(document.Info.CreationDate.ToUniversalTime()));
    }

    [Theory]
    [MemberData(nameof(Fixtures.Names), MemberType = typeof(Fixtures))]
    public void Render_Fixture_BookmarkForEverySection(string fixture)
    {
        var outline = FixtureReports.Outline(fixture);

        using var stream = new MemoryStream(Renderer.Render(outline, Fixtures.Site(fixture)).Bytes);
        var document = PdfReader.Open(stream, PdfDocumentOpenMode.Import);

        Assert.Equal(outline.Sections.Select(s => s.Heading), document.Outlines.Select(o => o.Title));
        // Each points into the text block (PDF y grows upwards: 35 mm foot margin, 37 mm head margin).
        Assert.All(document.Outlines, o => Assert.InRange(o.Top ?? -1, 35 * 72 / 25.4, (297 - 37) * 72 / 25.4 + 1));
        // Without a preamble the first section starts just under the title, in the upper half of page 1.
        if (outline.Preamble is null || outline.Preamble.IsBlank)
            Assert.True(document.Outlines[0].Top > 297 / 2.0 * 72 / 25.4, $"first bookmark at y {document.Outlines[0].Top}");
    }

    [Fact]
    public void Render_ReportWithoutSignedOn_DatedLastDayOfItsYear()
    {
        var outline = FixtureReports.Outline("panjin-commerce-2022");

        Assert.Equal("", outline.SignedOn);
        Assert.Equal(new DateTime(2022, 12, 31, 0, 0, 0, DateTimeKind.Utc), PdfReportRenderer.DocumentDate(outline));
    }

    [Fact]
    public void Render_HtmlNarrative_BoldListLinkAndTableDrawn()
    {
        const string html = "<p>本年度<b>重点</b>公开见<a href=\"https://www.gov.cn/zhengce/\">中国政府网</a>。</p>" +
                            "<ol><li>第一项措施</li><li>第二项措施</li></ol>" +
                            "<table><tr><th>项目</th><th>数量</th></tr><tr><td>政策解读</td><td>42</td></tr></table>";
        var report = FixtureReports.Report("synthetic-busy-2023") with { Problems = new DocGen.Core.Model.RichText(Html: html) };

        var bytes = Renderer.Render(FixtureReports.Outline(report), Fixtures.Site("synthetic-busy-2023")).Bytes;

        var text = PdfTools.Squeeze(PdfTools.Text(bytes, "-raw"));
        Assert.Contains("本年度重点公开见中国政府网（https://www.gov.cn/zhengce/）。", text);
        Assert.Contains("1.第一项措施", text);
        Assert.Contains("2.第二项措施", text);
        Assert.Contains("项目数量政策解读42", text);
        Assert.Contains("/URI(https://www.gov.cn/zhengce/)", System.Text.Encoding.Latin1.GetString(bytes));
    }

    [Fact]
    public void Render_LinkWithChineseHostAndPath_AnnotationHoldsPunycodeAndPercentEncodedUri()
    {
        const string html = "<p>详见<a href=\"https://例子.中国/信息公开/年报?年=2022\">年报栏目</a>。</p>";
        var report = FixtureReports.Report("synthetic-busy-2023") with { Problems = new DocGen.Core.Model.RichText(Html: html) };

        var bytes = Renderer.Render(FixtureReports.Outline(report), Fixtures.Site("synthetic-busy-2023")).Bytes;

        var uris = PdfTools.LinkUris(bytes);
        Assert.Contains("https://xn--fsqu00a.xn--fiqs8s/%E4%BF%A1%E6%81%AF%E5%85%AC%E5%BC%80/%E5%B9%B4%E6%8A%A5?%E5%B9%B4=2022", uris);
        Assert.DoesNotContain(uris, u => u.Contains('?') && u.Contains("??", StringComparison.Ordinal));
        Assert.All(uris, u => Assert.True(Uri.TryCreate(u, UriKind.Absolute, out _), u));
    }

    [Fact]
    public void Render_HostileHtml_NoMarkupReachesThePage()
    {
        var text = PdfTools.Text(Render("synthetic-broken-2023").Bytes);

        Assert.Contains("问题", text);
        Assert.DoesNotContain("script", text);
        Assert.DoesNotContain("alert", text);
        Assert.DoesNotContain("onerror", text);
    }

    [Fact]
    public void Render_SiteChoosesBodyFont_PdfEmbedsIt()
    {
        var site = Fixtures.Site("synthetic-busy-2023") with { Fonts = new Dictionary<string, string> { ["body"] = "LXGW WenKai" } };

        var withSiteFont = Latin1(Renderer.Render(FixtureReports.Outline("synthetic-busy-2023"), site).Bytes);
        var withDefaults = Latin1(Render("synthetic-busy-2023").Bytes);

        Assert.Contains("+LXGW", withSiteFont);
        Assert.DoesNotContain("+LXGW", withDefaults);
        Assert.Contains("+FandolHei", withSiteFont); // headings keep their face
    }

    private static string Latin1(byte[] bytes) => System.Text.Encoding.Latin1.GetString(bytes);

    [Fact]
    public void Render_NoCjkFontInConfiguredFolders_ThrowsMissingCjkFont()
    {
        var empty = Directory.CreateTempSubdirectory("docgen-nofonts").FullName;
        var renderer = new PdfReportRenderer(new PdfRenderOptions([empty]));

        var error = Assert.Throws<MissingCjkFontException>(() => renderer.Render(FixtureReports.Outline("synthetic-busy-2023"), Fixtures.Site("synthetic-busy-2023")));

        Assert.Contains("apt-get install", error.Message);
    }

    [Fact]
    public void Render_CancelledToken_StopsWithCancellation()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.Throws<OperationCanceledException>(() => Renderer.Render(FixtureReports.Outline("synthetic-busy-2023"), Fixtures.Site("synthetic-busy-2023"), cts.Token));
    }

    [Fact]
    public void Render_PdfCachesUnderTheProcessCachesPolicy()
    {
        PdfReportRenderer.Default.Render(FixtureReports.Outline("synthetic-busy-2023"), Fixtures.Site("synthetic-busy-2023"));

        var counts = DocGen.Layout.ProcessCaches.Counts;

        Assert.True(counts["PDFsharp fonts"] > 0);
        Assert.True(counts["PDFsharp font resolver"] > 0);
    }
}
