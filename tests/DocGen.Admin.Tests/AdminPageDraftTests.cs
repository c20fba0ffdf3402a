using System.Text.RegularExpressions;
using DocGen.Admin.Tests.Support;
using DocGen.Contracts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DocGen.Admin.Tests;

/// <summary>
/// An editor's work survives: the draft is kept in the browser per site and year, restored on the
/// next visit with a way to discard it, listed with the other drafts; leaving with changes not
/// exported asks first; and a preview never shows an older draft than the one on screen.
/// </summary>
public sealed class AdminPageDraftTests(AdminServerFixture server, BrowserFixture browser)
    : IClassFixture<AdminServerFixture>, IClassFixture<BrowserFixture>
{
    private const string NaturalPerson = "applications.new_received.natural_person";

    private async Task<AdminPage> OpenAsync(int year = 2023)
    {
        var page = await browser.NewPageAsync();
        await page.OpenAsync(server.PageUrl, year);
        return page;
    }

    /// <summary>Waits until a draft kept in the browser holds this text (the autosave follows the last key after a pause).</summary>
    private static async Task SavedAsync(AdminPage page, string text)
    {
        await page.Page.WaitForFunctionAsync(
            "text => Object.keys(localStorage).some(k => k.startsWith('docgen.draft:') && JSON.parse(localStorage.getItem(k)).request.includes(text))", text);
        await Expect(page.Page.Locator("#draft-status")).ToContainTextAsync("草稿已自动保存");
    }

    [Fact]
    public async Task Reload_RestoresTheDraft_SaysSo_AndDiscardingItStartsBlank()
    {
        var page = await OpenAsync();
        await page.TypeAsync("agency", "示例市审计局");
        await page.TypeAsync(NaturalPerson, "7");
        await SavedAsync(page, "\"naturalPerson\": \"7\"");

        await page.Page.ReloadAsync();

        await Expect(page.Page.Locator("#draft-status")).ToContainTextAsync("已恢复草稿：示例市审计局 · 2023年度");
        await Expect(page.Field("agency")).ToHaveValueAsync("示例市审计局");
        await Expect(page.Field(NaturalPerson)).ToHaveValueAsync("7");
        await Expect(page.Page.Locator("#year")).ToHaveValueAsync("2023");
        await page.ShotAsync("30-draft-restored");

        await page.Page.Locator("#discard-draft").ClickAsync();

        await Expect(page.Page.Locator("#draft-status")).ToHaveTextAsync("草稿已丢弃");
        await Expect(page.Field("agency")).ToHaveValueAsync("");
        await Expect(page.Field(NaturalPerson)).ToHaveValueAsync("");
        await page.Page.ReloadAsync();
        await Expect(page.Field(NaturalPerson)).ToBeVisibleAsync();
        await Expect(page.Page.Locator("#draft-status")).ToBeEmptyAsync();
        await Expect(page.Field("agency")).ToHaveValueAsync("");
    }

    [Fact]
    public async Task Drafts_AreKeptPerSiteAndYear_AndListedByAgencyAndYear()
    {
        var page = await OpenAsync();
        await page.TypeAsync("agency", "示例市审计局");
        await SavedAsync(page, "示例市审计局");
        await page.Page.Locator("#load").SetInputFilesAsync(CheckoutPaths.Fixture("minhou-commerce-2020.json"));
        await Expect(page.Field("agency")).ToHaveValueAsync("闽侯县商务局");

        var options = page.Page.Locator("#drafts option");
        await Expect(options).ToHaveCountAsync(3);
        await Expect(options.Nth(1)).ToContainTextAsync("闽侯县商务局 · 2020年度");
        await Expect(options.Nth(2)).ToContainTextAsync("示例市审计局 · 2023年度");

        await page.Page.Locator("#drafts").SelectOptionAsync(new SelectOptionValue { Index = 2 });

        await Expect(page.Field("agency")).ToHaveValueAsync("示例市审计局");
        await Expect(page.Page.Locator("#year")).ToHaveValueAsync("2023");
        await Expect(page.Page.Locator("#draft-status")).ToContainTextAsync("已打开草稿：示例市审计局");
        var stored = await page.Page.EvaluateAsync<string[]>("() => Object.keys(localStorage).filter(k => k.startsWith('docgen.draft:')).sort()");
        Assert.Equal(["docgen.draft:2111000031:2023", "docgen.draft:3501210001:2020"], stored);
    }

    [Fact]
    public async Task Leaving_WithChangesNotExported_AsksFirst_AndNotOnceExported()
    {
        var page = await OpenAsync();
        const string leaving = "() => { const e = new Event('beforeunload', { cancelable: true }); dispatchEvent(e); return e.defaultPrevented; }";
        Assert.False(await page.Page.EvaluateAsync<bool>(leaving));

        await page.TypeAsync("agency", "示例市审计局");
        Assert.True(await page.Page.EvaluateAsync<bool>(leaving));

        await page.ExportAsync();
        Assert.False(await page.Page.EvaluateAsync<bool>(leaving));

        await page.TypeAsync(NaturalPerson, "3");
        var asked = new TaskCompletionSource<string>();
        page.Page.Dialog += (_, dialog) => { asked.TrySetResult(dialog.Type); _ = dialog.DismissAsync(); };
        await page.Page.CloseAsync(new() { RunBeforeUnload = true });
        Assert.Equal("beforeunload", await asked.Task.WaitAsync(TimeSpan.FromSeconds(20)));
    }

    [Fact]
    public async Task AnEdit_MarksThePdfOutOfDateAtOnce_AndTheRegeneratedOneHasTheEdit()
    {
        var page = await OpenAsync();
        await page.TypeAsync("agency", "示例市审计局");
        await page.Page.Locator("#tab-pdf").ClickAsync();
        await page.Page.Locator("#render-pdf").ClickAsync();
        var link = page.Page.Locator("#pdf-download");
        await Expect(link).ToBeVisibleAsync();
        var firstDigest = await page.Page.Locator("#pdf-digest code").TextContentAsync();
        var first = await DownloadAsync(page, link);

        await page.Page.Locator("#tab-edit").ClickAsync();
        await page.TypeAsync("agency", "示例市统计局");

        var panel = page.Page.Locator("#panel-pdf");
        await Expect(panel).ToHaveClassAsync(AdminPage.Class("stale"));
        await Expect(page.Page.Locator("#pdf-status")).ToContainTextAsync("已过期");
        await Expect(page.Page.Locator("#render-pdf")).ToHaveTextAsync("已过期，重新生成");
        await Expect(link).ToBeHiddenAsync();
        await Expect(page.Page.Locator("#pdf-digest")).ToBeHiddenAsync();

        await page.Page.Locator("#tab-pdf").ClickAsync();
        await page.ShotAsync("31-pdf-stale-then-regenerated");

        await Expect(link).ToBeVisibleAsync();
        await Expect(panel).Not.ToHaveClassAsync(AdminPage.Class("stale"));
        await Expect(page.Page.Locator("#pdf-status")).ToBeHiddenAsync();
        var secondDigest = await page.Page.Locator("#pdf-digest code").TextContentAsync();
        Assert.NotEqual(firstDigest, secondDigest);
        var second = await DownloadAsync(page, link);
        Assert.NotEqual(first, second);
        Assert.Contains("示例市统计局", PdfText.Of(second));
        Assert.DoesNotContain("示例市审计局", PdfText.Of(second));
    }

    [Fact]
    public async Task AnEdit_MarksTheHtmlPreviewOutOfDate_AndOpeningItShowsTheEdit()
    {
        var page = await OpenAsync();
        await page.TypeAsync("agency", "示例市审计局");
        await page.Page.Locator("#tab-html").ClickAsync();
        await Expect(page.Page.FrameLocator("#html-preview").Locator("body")).ToContainTextAsync("示例市审计局");
        var firstDigest = await page.Page.Locator("#html-digest code").TextContentAsync();

        await page.Page.Locator("#tab-edit").ClickAsync();
        await page.TypeAsync("agency", "示例市统计局");

        await Expect(page.Page.Locator("#panel-html")).ToHaveClassAsync(AdminPage.Class("stale"));
        await Expect(page.Page.Locator("#html-digest")).ToBeHiddenAsync();
        await page.Page.Locator("#tab-html").ClickAsync();
        await Expect(page.Page.FrameLocator("#html-preview").Locator("body")).ToContainTextAsync("示例市统计局");
        await Expect(page.Page.Locator("#panel-html")).Not.ToHaveClassAsync(AdminPage.Class("stale"));
        Assert.NotEqual(firstDigest, await page.Page.Locator("#html-digest code").TextContentAsync());
    }

    private static async Task<byte[]> DownloadAsync(AdminPage page, ILocator link)
    {
        var download = await page.Page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        return await File.ReadAllBytesAsync(await download.PathAsync());
    }
}
