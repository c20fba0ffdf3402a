using System.Text.RegularExpressions;
using DocGen.Admin.Tests.Support;
using DocGen.Contracts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DocGen.Admin.Tests;

/// <summary>
/// What the page says is for an editor: findings in plain Chinese first (the code and field path
/// only under 详情), checked with the site, nothing before anything is typed; figures read as a
/// spreadsheet reads them or refused on their cell; the year kept within its bounds.
/// </summary>
public sealed class AdminPageWordingTests(AdminServerFixture server, BrowserFixture browser)
    : IClassFixture<AdminServerFixture>, IClassFixture<BrowserFixture>
{
    private const string NewReceived = "applications.new_received";

    /// <summary>Latin words an editor meets as product names; anything else Latin on screen is a code, a path or transport text.</summary>
    private static readonly HashSet<string> Names = ["JSON", "PDF", "HTML", "API"];

    private async Task<AdminPage> OpenAsync(int year = 2023, int width = 1280)
    {
        var page = await browser.NewPageAsync(width, 900);
        await page.OpenAsync(server.PageUrl, year);
        return page;
    }

    [Fact]
    public async Task ABlankForm_ShowsNoFindings_UntilSomethingIsTyped()
    {
        var page = await OpenAsync();

        await Expect(page.Page.Locator("#finding-count")).ToHaveTextAsync("填写后显示检查结果");
        await Expect(page.Page.Locator("#findings li")).ToHaveCountAsync(0);
        await Expect(page.Page.Locator(".has-error, .has-warning")).ToHaveCountAsync(0);

        await page.TypeAsync($"{NewReceived}.natural_person", "3");

        await Expect(page.Page.Locator("#findings li").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Findings_ArePlainChineseFirst_ErrorsFirst_CodesOnlyUnderDetails()
    {
        var page = await OpenAsync();
        // A first figure alone: the findings of every field still empty (发布机构, 落款日期, …).
        await page.TypeAsync($"{NewReceived}.natural_person", "3");
        await Expect(page.Page.Locator("#findings li[data-code=NO_PUBLISH_DATE]")).ToHaveCountAsync(1);
        await NoLatinOnScreenAsync(page);
        await page.Page.Locator("#load").SetInputFilesAsync(CheckoutPaths.Fixture("synthetic-broken-2023.json"));
        await Expect(page.Page.Locator("#findings li[data-code=APPLICANT_ROW_TOTAL]").First).ToBeVisibleAsync();

        await NoLatinOnScreenAsync(page);
        await Expect(page.Page.Locator("#edition")).ToHaveTextAsync("2021年版（国办公开办函〔2021〕30号）");

        var severities = await page.Page.Locator("#findings li").EvaluateAllAsync<string[]>("items => items.map(i => i.className)");
        Assert.Equal(severities.OrderBy(s => s == "error" ? 0 : 1), severities);
        Assert.Contains("warning", severities);

        var rowTotal = page.Page.Locator("#findings li[data-code=APPLICANT_ROW_TOTAL]").First;
        await Expect(rowTotal.Locator(".severity")).ToHaveTextAsync("错误");
        await Expect(rowTotal.Locator(".place")).ToContainTextAsync("三、收到和处理政府信息公开申请情况 › ");
        await Expect(rowTotal.Locator(".figures")).ToHaveTextAsync(new Regex(@"^应为 \d+，实为 \d+$"));
        await Expect(rowTotal.Locator("code")).Not.ToBeVisibleAsync();
        await rowTotal.Locator("summary").ClickAsync();
        await Expect(rowTotal.Locator("code")).ToHaveTextAsync(new Regex(@"^APPLICANT_ROW_TOTAL · applications\."));
        await page.ShotAsync("40-findings-in-chinese");
    }

    private static async Task NoLatinOnScreenAsync(AdminPage page)
    {
        var visible = await page.Page.Locator("body").InnerTextAsync();
        var latin = Regex.Matches(visible, "[A-Za-z_][A-Za-z0-9_.]*").Select(m => m.Value).Where(w => !Names.Contains(w)).Distinct().ToArray();
        Assert.True(latin.Length == 0, $"Latin text on screen: {string.Join(", ", latin)}");
    }

    [Fact]
    public async Task SiteFindings_Appear_AndFollowTheSite()
    {
        var page = await OpenAsync();
        await page.TypeAsync("agency", "盘锦市商务局");
        await Expect(page.Page.Locator("#findings li").First).ToBeVisibleAsync();
        await Expect(page.Page.Locator("#findings li[data-code=AGENCY_NOT_ON_SITE]")).ToHaveCountAsync(0);

        await page.Page.Locator("#site").SelectOptionAsync("3501210001");

        var finding = page.Page.Locator("#findings li[data-code=AGENCY_NOT_ON_SITE]");
        await Expect(finding).ToHaveCountAsync(1);
        await Expect(finding.Locator(".place")).ToHaveTextAsync("发布机构");
        await Expect(finding.Locator(".message")).ToContainTextAsync("发布机构「盘锦市商务局」不见于网站");
        await Expect(page.Cell("agency")).ToHaveCountAsync(0);
        await Expect(page.Field("agency")).ToHaveClassAsync(AdminPage.Class("has-warning"));

        await page.Page.Locator("#site").SelectOptionAsync("2111000031");

        await Expect(finding).ToHaveCountAsync(0);
    }

    public static TheoryData<string, string> ReadFigures => new()
    {
        { "1,200", "1200" },
        { "１２００", "1200" },
        { " 12 ", "12" },
        { "1，200", "1200" },
    };

    [Theory]
    [MemberData(nameof(ReadFigures))]
    public async Task AFigureWrittenAsInASpreadsheet_IsCounted(string typed, string read)
    {
        var page = await OpenAsync();

        await page.Field($"{NewReceived}.natural_person").FillAsync(typed);

        await Expect(page.Field($"{NewReceived}.total")).ToHaveAttributeAsync("placeholder", read);
        await Expect(page.Cell($"{NewReceived}.natural_person")).Not.ToHaveClassAsync(AdminPage.Class("invalid"));
        var exported = RequestJson.ParseRenderRequest(await page.ExportAsync());
        Assert.Equal(long.Parse(read), exported.Report.Applications.NewReceived.NaturalPerson);
    }

    [Theory]
    [InlineData("12a")]
    [InlineData("-3")]
    [InlineData("1.5")]
    public async Task AnythingElse_IsAFindingOnItsCell_NotASilentDrop(string typed)
    {
        var page = await OpenAsync();

        await page.TypeAsync($"{NewReceived}.natural_person", typed);

        var finding = page.Finding("UNREADABLE_FIGURE", $"{NewReceived}.natural_person");
        await Expect(finding).ToHaveCountAsync(1);
        await Expect(finding).ToHaveClassAsync("error");
        await Expect(finding.Locator(".message")).ToHaveTextAsync($"无法读作数字：“{typed}”，应为不小于 0 的整数");
        await Expect(finding.Locator(".place")).ToHaveTextAsync("三、收到和处理政府信息公开申请情况 › 一、本年新收政府信息公开申请数量 · 自然人");
        await Expect(page.Cell($"{NewReceived}.natural_person")).ToHaveClassAsync(AdminPage.Class("has-error"));

        await page.TypeAsync($"{NewReceived}.natural_person", "4");

        await Expect(finding).ToHaveCountAsync(0);
    }

    [Theory]
    [InlineData("2007")]
    [InlineData("20250")]
    public async Task AYearOutOfBounds_IsRefusedInChinese_AndTheLastYearsEditionAndFindingsGo(string year)
    {
        var page = await OpenAsync();
        await page.TypeAsync($"{NewReceived}.total", "4");
        await Expect(page.Page.Locator("#findings li").First).ToBeVisibleAsync();

        await page.Page.Locator("#year").FillAsync(year);
        await page.Page.Locator("#year").DispatchEventAsync("change");

        await Expect(page.Page.Locator("#notice-text")).ToHaveTextAsync($"年度“{year}”无效：应为 2008 至 2100 之间的年份。");
        await Expect(page.Page.Locator("#notice-details")).ToBeHiddenAsync();
        await Expect(page.Page.Locator("#edition")).ToBeEmptyAsync();
        await Expect(page.Page.Locator("#findings li")).ToHaveCountAsync(0);
        await Expect(page.Page.Locator(".has-error, .has-warning")).ToHaveCountAsync(0);
        await Expect(page.Page.Locator("#finding-count")).ToHaveTextAsync("年度无效，未检查");
        await Expect(page.Page.Locator("#year")).ToHaveAttributeAsync("aria-invalid", "true");

        await page.Page.Locator("#year").FillAsync("2022");
        await page.Page.Locator("#year").DispatchEventAsync("change");

        await Expect(page.Page.Locator("#notice")).ToBeHiddenAsync();
        await Expect(page.Page.Locator("#findings li").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task PublishDateAndSignature_AreEditable_AndTheirFindingJumpsThere()
    {
        var page = await OpenAsync();
        await page.TypeAsync("agency", "盘锦市商务局");
        var noDate = page.Page.Locator("#findings li[data-code=NO_PUBLISH_DATE]");
        await Expect(noDate).ToHaveCountAsync(1);
        Assert.Null(await page.Field("signed_on").GetAttributeAsync("placeholder"));
        Assert.Null(await page.Field("meta.published_on").GetAttributeAsync("placeholder"));

        await noDate.Locator("button").ClickAsync();
        await Expect(page.Field("signed_on")).ToBeFocusedAsync();
        await page.Field("meta.published_on").FillAsync("2024-01-20");
        await page.Field("signed_by").FillAsync("盘锦市商务局");

        await Expect(noDate).ToHaveCountAsync(0);
        await page.Field("signed_on").FillAsync("2024-01-15");
        var report = RequestJson.ParseRenderRequest(await page.ExportAsync()).Report;
        Assert.Equal(("2024-01-20", "盘锦市商务局", "2024-01-15"), (report.Meta.PublishedOn, report.SignedBy, report.SignedOn));
    }
}
