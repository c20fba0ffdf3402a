using System.Text.Json;
using DocGen.Admin.Tests.Support;
using DocGen.Contracts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DocGen.Admin.Tests;

/// <summary>
/// The page at a desktop's, a tablet's and a phone's width with a draft loaded and its findings
/// shown: no column clipped, row labels pinned while a table scrolls, the findings one tap away on a
/// phone, the tooltip off the list, and no accessibility violation axe-core can find.
/// </summary>
public sealed class AdminPageLayoutTests(AdminServerFixture server, BrowserFixture browser)
    : IClassFixture<AdminServerFixture>, IClassFixture<BrowserFixture>
{
    public static TheoryData<int, int> Widths => new() { { 1280, 900 }, { 820, 1180 }, { 390, 844 } };

    private async Task<AdminPage> OpenWithDraftAsync(int width, int height, bool bypassCsp = false)
    {
        var page = await browser.NewPageAsync(width, height, bypassCsp);
        await page.OpenAsync(server.PageUrl, 2023);
        await page.Page.Locator("#load").SetInputFilesAsync(CheckoutPaths.Fixture("synthetic-broken-2023.json"));
        await Expect(page.Page.Locator("#findings li.error").First).ToBeAttachedAsync();
        return page;
    }

    /// <summary>At 1280 and 820 px every table fits its frame; on a phone a table may scroll inside its frame, never the page.</summary>
    [Theory]
    [MemberData(nameof(Widths))]
    public async Task NoElement_IsWiderThanItsFrame(int width, int height)
    {
        var page = await OpenWithDraftAsync(width, height);

        Assert.Equal(0, await page.Page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth"));
        var frames = await page.Page.Locator(".table-wrap").EvaluateAllAsync<int[][]>(
            "wraps => wraps.map(w => [w.scrollWidth, w.clientWidth, w.getBoundingClientRect().right <= document.querySelector('main').getBoundingClientRect().right ? 1 : 0])");
        Assert.Equal(3, frames.Length);
        Assert.All(frames, f => Assert.Equal(1, f[2]));
        if (width >= 820) Assert.All(frames, f => Assert.True(f[0] <= f[1], $"a table of {f[0]} px in a frame of {f[1]} px"));
        var wide = await page.Page.EvaluateAsync<string[]>(
            """
            () => [...document.querySelectorAll('.bar *, .draft-bar *, .fields *, .findings *, .tabs *')]
              .filter(e => e.getBoundingClientRect().width > 0 && e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
              .map(e => e.tagName + '#' + e.id)
            """);
        Assert.Empty(wide);
        await page.Page.Locator("table.grid[data-key=review-litigation]").ScrollIntoViewIfNeededAsync();
        await page.ShotAsync($"50-table-four-{width}");
    }

    [Fact]
    public async Task APinnedRowLabel_KeepsItsPlace_WhileTheTableScrolls()
    {
        var page = await OpenWithDraftAsync(390, 844);
        var wrap = page.Page.Locator(".table-wrap:has(table[data-key=applications])");
        var label = page.Page.Locator("table[data-key=applications] th.pinned", new() { HasText = "一、本年新收政府信息公开申请数量" });
        await wrap.ScrollIntoViewIfNeededAsync();
        var before = (await label.BoundingBoxAsync())!.X;
        var figureBefore = (await page.Field("applications.new_received.total").BoundingBoxAsync())!.X;

        await wrap.EvaluateAsync("w => { w.scrollLeft = w.scrollWidth; }");

        Assert.True(await wrap.EvaluateAsync<double>("w => w.scrollLeft") > 50, "the table scrolls on a phone");
        Assert.Equal(before, (await label.BoundingBoxAsync())!.X, 1);
        Assert.True((await page.Field("applications.new_received.total").BoundingBoxAsync())!.X < figureBefore - 50, "the figures move under the label");
        await page.ShotAsync("51-pinned-labels-390");
    }

    [Fact]
    public async Task OnAPhone_TheFindingsAreABarOneTapAway_AndAFindingJumpsToItsCell()
    {
        var page = await OpenWithDraftAsync(390, 844);
        await page.Field("review_litigation.litigation_after_review.total").ScrollIntoViewIfNeededAsync();
        var bar = page.Page.Locator("#findings-panel");
        var box = (await bar.BoundingBoxAsync())!;
        Assert.True(box.Y + box.Height <= 844.5 && box.Y >= 844 - 120, $"the findings bar sits at the bottom of the screen ({box.Y}+{box.Height})");
        await Expect(page.Page.Locator("#finding-count")).ToContainTextAsync("个错误");
        await Expect(page.Page.Locator("#findings")).ToBeHiddenAsync();
        await page.ShotAsync("52-phone-findings-bar");

        await page.Page.Locator("#findings-toggle").ClickAsync();

        await Expect(page.Page.Locator("#findings")).ToBeVisibleAsync();
        await Expect(page.Page.Locator("#findings-toggle")).ToHaveAttributeAsync("aria-expanded", "true");
        await page.ShotAsync("53-phone-findings-open");
        var first = page.Page.Locator("#findings li.error button").First;
        var path = await first.Locator("xpath=..").GetAttributeAsync("data-path");
        await first.ClickAsync();
        await Expect(page.Page.Locator("#findings")).ToBeHiddenAsync();
        await Expect(page.Field(path!)).ToBeFocusedAsync();
    }

    [Theory]
    [InlineData(1280, 900)]
    [InlineData(390, 844)]
    public async Task TheTooltip_DoesNotCoverTheFindings(int width, int height)
    {
        var page = await OpenWithDraftAsync(width, height);
        var marked = page.Page.Locator("table[data-key=applications] td.has-error input");
        // The rightmost marked cell: the one whose tooltip would run furthest towards the list.
        var index = await marked.EvaluateAllAsync<int>("inputs => inputs.map(i => i.getBoundingClientRect().right).reduce((best, r, i, all) => r > all[best] ? i : best, 0)");
        await marked.Nth(index).FocusAsync();

        var tip = page.Page.Locator("#tip");
        await Expect(tip).ToBeVisibleAsync();
        var t = (await tip.BoundingBoxAsync())!;
        var f = (await page.Page.Locator("#findings-panel").BoundingBoxAsync())!;
        var overlap = t.X < f.X + f.Width && f.X < t.X + t.Width && t.Y < f.Y + f.Height && f.Y < t.Y + t.Height;
        Assert.False(overlap, $"tooltip {t.X},{t.Y} {t.Width}×{t.Height} over the findings {f.X},{f.Y} {f.Width}×{f.Height}");
        await page.ShotAsync($"54-tooltip-{width}");
    }

    /// <summary>axe-core with the WCAG 2.1 A and AA rules and its best practices, on the page with a draft and findings.</summary>
    [Theory]
    [MemberData(nameof(Widths))]
    public async Task Axe_FindsNoViolation_WithADraftAndFindings(int width, int height)
    {
        var page = await OpenWithDraftAsync(width, height, bypassCsp: true);
        await page.Page.AddScriptTagAsync(new() { Path = Path.Combine(CheckoutPaths.Root, "web", "admin", "node_modules", "axe-core", "axe.min.js") });

        var result = await page.Page.EvaluateAsync<JsonElement>(
            """
            async () => {
              const r = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } });
              return r.violations.map(v => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes.slice(0, 3).map(n => n.target.join(" ")).join(" | ")}`);
            }
            """);

        var violations = result.EnumerateArray().Select(v => v.GetString()).ToArray();
        Assert.True(violations.Length == 0, string.Join("\n", violations));
        await page.ShotAsync($"55-axe-{width}");
    }
}
