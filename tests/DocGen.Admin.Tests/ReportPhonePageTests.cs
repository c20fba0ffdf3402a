using System.Text.RegularExpressions;
using DocGen.Admin.Tests.Support;
using DocGen.Html.Rendering;
using Microsoft.Playwright;

namespace DocGen.Admin.Tests;

/// <summary>
/// The published report page (HTML_PAGE in the site's templates, as Render makes it) in headless
/// Chromium at a phone's width: table 三's row labels stay put while its figures scroll sideways,
/// short labels and figures with their unit never break inside, and the title breaks only between
/// its words. Screenshots at 390 and 1280 px go to artifacts/admin-e2e/.
/// </summary>
public sealed partial class ReportPhonePageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const int Phone = 390;

    // The 2017 report predates the national tables 三 and 四 (国办公开办函〔2019〕60号).
    public static TheoryData<string> FixturesWithTableThree() => new(CheckoutPaths.FixtureNames.Where(n => n != "zhangdian-commerce-2017"));

    private async Task<AdminPage> OpenAsync(string fixture, int width)
    {
        var page = await browser.NewPageAsync(width, 844);
        var site = SampleSites.Get(FixtureReports.Request(fixture).SiteCode);
        await page.Page.SetContentAsync(HtmlReportRenderer.RenderPage(FixtureReports.Outline(fixture), site));
        return page;
    }

    [Theory]
    [MemberData(nameof(FixturesWithTableThree))]
    public async Task TableThree_RowLabelsStayPinned_WhileTheFiguresScrollSideways(string fixture)
    {
        var page = await OpenAsync(fixture, Phone);
        var frame = page.Page.Locator(".table-scroll:has(#table-applications)");
        await frame.ScrollIntoViewIfNeededAsync();
        var size = await frame.EvaluateAsync<int[]>("f => [f.scrollWidth, f.clientWidth]");
        Assert.True(size[0] > size[1] + 200, $"{fixture}: table 三 is {size[0]} px in a {size[1]} px frame: nothing to scroll at {Phone} px");
        // Labels in each of the three label columns: a row of its own (一、), a group of rows (三、, beside
        // its （一）…（七）), a sub-row (（一）予以公开), a sub-group (（三）不予公开) and its rows (1.属于国家秘密).
        var labels = new[] { "一、本年新收政府信息公开申请数量", "三、本年度办理结果", "（一）予以公开", "（三）不予公开", "1.属于国家秘密", "3.补正后申请内容仍不明确" }
            .Select(text => page.Page.Locator("#table-applications tbody th.lead", new() { HasText = text })).ToList();
        var figures = labels.Select(label => label.Locator("xpath=ancestor::tr[1]").Locator("td.num").Last).ToList();
        var labelsBefore = await XsAsync(labels);
        var figuresBefore = await XsAsync(figures);
        var labelAreaBefore = await LabelAreaAsync(page.Page, frame);

        await frame.EvaluateAsync("f => { f.scrollLeft = 200; }");
        await page.Page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");

        Assert.Equal(200, await frame.EvaluateAsync<int>("f => Math.round(f.scrollLeft)"));
        var labelsAfter = await XsAsync(labels);
        var figuresAfter = await XsAsync(figures);
        for (var i = 0; i < labels.Count; i++)
        {
            // Within a pixel: a label's box may fall on a half pixel.
            Assert.True(Math.Abs(labelsAfter[i] - labelsBefore[i]) <= 1, $"{fixture}: row label {i} moved from x={labelsBefore[i]} to x={labelsAfter[i]}");
            Assert.True(Math.Abs(figuresBefore[i] - figuresAfter[i] - 200) < 1, $"{fixture}: figure {i} moved from x={figuresBefore[i]} to x={figuresAfter[i]}");
        }
        // The pinned label area of sub-rows looks the same, pixel for pixel, before and after scrolling:
        // no scrolled figure shows through between two pinned columns.
        // Beside the pinned labels a phone still shows two figure columns whole.
        var room = await frame.EvaluateAsync<double[]>(
            """
            f => {
              const labels = [...f.querySelectorAll('tbody th.lead')].map(e => e.getBoundingClientRect().right);
              return [f.getBoundingClientRect().right - Math.max(...labels), f.querySelector('tbody td.num').getBoundingClientRect().width];
            }
            """);
        Assert.True(room[0] >= 2 * room[1], $"{fixture}: {room[0]:0} px beside the pinned labels for figure columns {room[1]:0} px wide");
        var labelAreaAfter = await LabelAreaAsync(page.Page, frame);
        await page.ShotAsync($"60-report-table-three-scrolled-{fixture}-{Phone}");
        Assert.True(labelAreaBefore.AsSpan().SequenceEqual(labelAreaAfter),
            $"{fixture}: the pinned labels beside （三）不予公开 changed while the figures scrolled under them (screenshot 60-report-table-three-scrolled-{fixture}-{Phone})");
    }

    /// <summary>A screenshot of the label columns beside 1.属于国家秘密 … 8.属于行政查询事项, from the frame's left edge.</summary>
    private static async Task<byte[]> LabelAreaAsync(IPage page, ILocator frame)
    {
        var group = page.Locator("#table-applications tbody th.lead", new() { HasText = "（三）不予公开" });
        await group.EvaluateAsync("label => label.scrollIntoView({ block: 'center', inline: 'nearest' })");
        var box = await group.BoundingBoxAsync() ?? throw new InvalidOperationException("（三）不予公开 is not shown");
        var last = await page.Locator("#table-applications tbody th.lead", new() { HasText = "1.属于国家秘密" }).BoundingBoxAsync()
            ?? throw new InvalidOperationException("1.属于国家秘密 is not shown");
        var left = (await frame.BoundingBoxAsync())!.X;
        return await page.ScreenshotAsync(new() { Clip = new() { X = left, Y = box.Y, Width = last.X + last.Width - left, Height = box.Height } });
    }

    private static async Task<double[]> XsAsync(IEnumerable<ILocator> elements) =>
        await Task.WhenAll(elements.Select(async e => (double)(await e.BoundingBoxAsync() ?? throw new InvalidOperationException($"{e} is not shown")).X));

    /// <summary>Table 四 has no row-label column (one row of figures under a three-row head): its head scrolls with the figures, column over column.</summary>
    [Fact]
    public async Task TableFour_HeadScrollsWithItsFigures()
    {
        var page = await OpenAsync("synthetic-busy-2023", Phone);
        var frame = page.Page.Locator(".table-scroll:has(#table-review-litigation)");
        await frame.ScrollIntoViewIfNeededAsync();
        async Task<double[]> Offsets() => await frame.EvaluateAsync<double[]>(
            """
            f => {
              const heads = [...f.querySelectorAll('thead tr:last-child th')];
              const figures = [...f.querySelectorAll('tbody td.num')].slice(-heads.length);
              return figures.map((td, i) => td.getBoundingClientRect().left - heads[i].getBoundingClientRect().left);
            }
            """);
        var before = await Offsets();

        await frame.EvaluateAsync("f => { f.scrollLeft = f.scrollWidth; }");
        await page.Page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");

        Assert.True(await frame.EvaluateAsync<double>("f => f.scrollLeft") > 100);
        Assert.Equal(10, before.Length);
        Assert.Equal(before, await Offsets());
        Assert.All(before, offset => Assert.True(Math.Abs(offset) < 0.5, $"a figure {offset} px off its column head"));
    }

    [Theory]
    [MemberData(nameof(FixturesWithTableThree))]
    public async Task ShortLabelsAndFiguresWithTheirUnit_NeverBreakInside(string fixture)
    {
        var page = await OpenAsync(fixture, Phone);

        var lines = await page.Page.EvaluateAsync<string[]>(
            """
            () => [...document.querySelectorAll('.docgen-report th.short, .docgen-report .docgen-nb')].map(e => {
              const range = document.createRange();
              range.selectNodeContents(e);
              const tops = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
              return tops.size + '|' + e.textContent.trim();
            })
            """);

        Assert.Contains(lines, l => l.EndsWith("|自然人", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.EndsWith("|（三）不予公开", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => !l.StartsWith("1|", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AYearWithItsUnit_NeverBreaksInside()
    {
        var page = await OpenAsync("panjin-commerce-2022", Phone);

        var years = await page.Page.Locator(".docgen-report .docgen-nb").EvaluateAllAsync<string[]>(
            "spans => spans.filter(s => /^\\d{4}年$/.test(s.textContent)).map(s => s.getClientRects().length + '|' + s.textContent)");

        Assert.NotEmpty(years);
        Assert.All(years, y => Assert.StartsWith("1|", y, StringComparison.Ordinal));
    }

    public static TheoryData<string, string[]> AgencyWords() => new()
    {
        { "panjin-commerce-2022", ["盘锦市", "商务局"] },
        { "minhou-commerce-2020", ["闽侯县", "商务局"] },
        { "zhangdian-commerce-2017", ["张店区", "商务局"] },
        { "synthetic-busy-2023", ["示例市", "人民政府", "办公室"] },
    };

    [Theory]
    [MemberData(nameof(AgencyWords))]
    public async Task Title_BreaksOnlyBetweenWords(string fixture, string[] agencyWords)
    {
        var title = FixtureReports.Outline(fixture).Title;
        var words = agencyWords.Concat(["政府信息公开", "工作年度报告", Year().Match(title).Value]).ToList();

        foreach (var width in new[] { Phone, 1280 })
        {
            var page = await OpenAsync(fixture, width);
            var breaks = await LineBreaksAsync(page.Page.Locator(".docgen-report h1"));
            await page.ShotAsync($"61-report-title-{fixture}-{width}");

            Assert.Equal(title, await page.Page.Locator(".docgen-report h1").TextContentAsync());
            if (width == Phone) Assert.NotEmpty(breaks); // it wraps at a phone's width, so the check means something
            else Assert.Empty(breaks);
            foreach (var word in words)
            {
                var at = title.IndexOf(word, StringComparison.Ordinal);
                Assert.True(at >= 0, $"{word} not in {title}");
                var inside = breaks.Where(b => b > at && b < at + word.Length).ToList();
                Assert.True(inside.Count == 0, $"{fixture} at {width} px: the title breaks inside {word}: {string.Join(" / ", Lines(title, breaks))}");
            }
        }
    }

    /// <summary>The indices into the element's text where a new line starts, from each character's box.</summary>
    private static Task<int[]> LineBreaksAsync(ILocator element) => element.EvaluateAsync<int[]>(
        """
        e => {
          const tops = [];
          const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
          for (let node; (node = walker.nextNode());) {
            for (let i = 0; i < node.length; i++) {
              const range = document.createRange();
              range.setStart(node, i);
              range.setEnd(node, i + 1);
              tops.push(range.getBoundingClientRect().top);
            }
          }
          return tops.flatMap((top, i) => i > 0 && top > tops[i - 1] + 2 ? [i] : []);
        }
        """);

    private static IEnumerable<string> Lines(string text, int[] breaks) =>
        breaks.Prepend(0).Zip(breaks.Append(text.Length), (from, to) => text[from..to]);

    [GeneratedRegex("[0-9]{4}年度?")]
    private static partial Regex Year();
}
