using DocGen.Admin.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DocGen.Admin.Tests;

/// <summary>
/// The admin page against a server with Auth:Keys: the editor enters an API key, every call carries
/// it as <c>authorization: Bearer</c>, and a refusal of the key says what to do. Screenshots in
/// artifacts/admin-e2e/.
/// </summary>
public sealed class AdminPageKeyTests(KeyedAdminServerFixture server, BrowserFixture browser)
    : IClassFixture<KeyedAdminServerFixture>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task OpenWithoutAKey_SaysToEnterOne_AndWithAKeyTheDraftWorks()
    {
        var page = await browser.NewPageAsync();
        await page.Page.GotoAsync(server.PageUrl);

        var notice = page.Page.Locator("#notice");
        await Expect(notice).ToContainTextAsync("请在顶部“密钥”中填写有效的密钥");
        await Expect(page.Page.Locator("#notice-detail")).ToContainTextAsync("UNAUTHENTICATED: authorization:");
        await Expect(page.Page.Locator("#notice-detail")).Not.ToBeVisibleAsync();
        await Expect(page.Page.Locator("#api-key")).ToHaveClassAsync(AdminPage.Class("needs-key"));
        await page.ShotAsync("20-keyed-no-key");

        await page.EnterKeyAsync(KeyedAdminServerFixture.EveryKey);
        await page.ChooseYearAsync(2023);
        await page.TypeAsync("applications.new_received.natural_person", "3");
        await page.TypeAsync("applications.new_received.total", "4");

        await Expect(page.Finding("APPLICANT_ROW_TOTAL", "applications.new_received.total")).ToHaveCountAsync(1);
        await Expect(notice).ToBeHiddenAsync();
        await Expect(page.Page.Locator("#site option")).ToHaveCountAsync(3);
        await page.ShotAsync("21-keyed-with-key");
    }

    [Fact]
    public async Task AKey_IsKeptForTheTabOnly_NeverInTheUrl()
    {
        var page = await browser.NewPageAsync();
        await page.Page.GotoAsync(server.PageUrl);
        await page.EnterKeyAsync(KeyedAdminServerFixture.EveryKey);
        await page.ChooseYearAsync(2023);

        await page.Page.ReloadAsync();
        await page.ChooseYearAsync(2023);

        Assert.Equal(KeyedAdminServerFixture.EveryKey, await page.Page.EvaluateAsync<string>("() => sessionStorage.getItem('docgen.apiKey')"));
        Assert.Null(await page.Page.EvaluateAsync<string?>("() => localStorage.getItem('docgen.apiKey')"));
        Assert.DoesNotContain(KeyedAdminServerFixture.EveryKey, page.Page.Url);
        await Expect(page.Page.Locator("#api-key")).ToHaveAttributeAsync("type", "password");
    }

    [Fact]
    public async Task AWrongKey_IsRefusedWithTheReason()
    {
        var page = await browser.NewPageAsync();
        await page.Page.GotoAsync(server.PageUrl);

        await page.EnterKeyAsync("not-a-key");

        await Expect(page.Page.Locator("#notice-text")).ToHaveTextAsync("此服务需要 API 密钥：请在顶部“密钥”中填写有效的密钥。");
        await page.Page.Locator("#notice summary").ClickAsync();
        await Expect(page.Page.Locator("#notice-detail")).ToHaveTextAsync("UNAUTHENTICATED: authorization: the API key is not valid");
    }

    [Fact]
    public async Task AKeyForOneSite_ListsOnlyThatSite_AndAnotherSitesDraftIsRefusedWithTheReason()
    {
        var page = await browser.NewPageAsync();
        await page.Page.GotoAsync(server.PageUrl);
        await page.EnterKeyAsync(KeyedAdminServerFixture.PanjinKey);
        await page.ChooseYearAsync(2023);
        await Expect(page.Page.Locator("#site option")).ToHaveCountAsync(1);
        await Expect(page.Page.Locator("#site")).ToHaveValueAsync("2111000031");

        await page.Page.Locator("#load").SetInputFilesAsync(CheckoutPaths.Fixture("minhou-commerce-2020.json"));
        await Expect(page.Field("agency")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(".+"));

        // Said once, at the top, in Chinese; the site list still names the draft's site.
        var notice = page.Page.Locator("#notice");
        await Expect(notice).ToContainTextAsync("此 API 密钥无权使用所选网站");
        await Expect(page.Page.Locator("#notice-detail")).ToContainTextAsync("PERMISSION_DENIED: site_code \"3501210001\"");
        await Expect(page.Page.Locator("#notice-detail")).Not.ToBeVisibleAsync();
        await Expect(page.Page.Locator("#site")).ToHaveValueAsync("3501210001");
        await Expect(page.Page.Locator("#site option:checked")).ToContainTextAsync("此密钥无权使用");
        await Expect(page.Page.Locator("#finding-count")).ToHaveTextAsync("未能检查，原因见页面顶部");
        await page.Page.Locator("#tab-html").ClickAsync();
        await Expect(page.Page.Locator("#html-facts")).ToHaveTextAsync("无法生成网页预览，原因见页面顶部。");
        await Expect(page.Page.Locator("[role=alert]:visible")).ToHaveCountAsync(1);
        await page.ShotAsync("22-keyed-other-site");
    }
}
