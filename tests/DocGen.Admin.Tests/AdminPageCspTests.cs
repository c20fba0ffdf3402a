using DocGen.Admin.Tests.Support;
using DocGen.Contracts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DocGen.Admin.Tests;

/// <summary>
/// The page under a strict Content-Security-Policy (scripts and styles from its own origin only):
/// everything an editor does draws no violation, because the page injects no inline script or
/// style and no inline event handler. The policy is added to the page's responses here, whatever
/// the host sends, so the page's own discipline is what is tested.
/// </summary>
public sealed class AdminPageCspTests(AdminServerFixture server, BrowserFixture browser)
    : IClassFixture<AdminServerFixture>, IClassFixture<BrowserFixture>
{
    private const string Policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; frame-src 'self' blob:; object-src 'none'; base-uri 'none'";

    [Theory]
    [InlineData(1280, 900)]
    [InlineData(390, 844)]
    public async Task UnderAStrictPolicy_EditingCheckingAndThePdf_DrawNoViolation(int width, int height)
    {
        var page = await browser.NewPageAsync(width, height);
        await page.Page.RouteAsync("**/admin/**", async route =>
        {
            var response = await route.FetchAsync();
            var headers = new Dictionary<string, string>(response.Headers) { ["content-security-policy"] = Policy };
            await route.FulfillAsync(new() { Response = response, Headers = headers });
        });
        await page.Page.AddInitScriptAsync(
            "window.violations = []; document.addEventListener('securitypolicyviolation', e => window.violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));");

        await page.OpenAsync(server.PageUrl, 2023);
        await page.Page.Locator("#load").SetInputFilesAsync(CheckoutPaths.Fixture("synthetic-broken-2023.json"));
        await Expect(page.Page.Locator("#findings li.error").First).ToBeAttachedAsync();
        await page.Page.Locator("table[data-key=applications] td.has-error input").First.FocusAsync();
        await Expect(page.Page.Locator("#tip")).ToBeVisibleAsync();
        await page.TypeAsync("applications.new_received.natural_person", "1,200");
        await page.Page.Locator("#tab-pdf").ClickAsync();
        await page.Page.Locator("#render-pdf").ClickAsync();
        await Expect(page.Page.Locator("#pdf-download")).ToBeVisibleAsync();
        await page.Page.Locator("#tab-edit").ClickAsync();
        if (width < 700) await page.Page.Locator("#findings-toggle").ClickAsync();
        var first = page.Page.Locator("#findings li.error").First;
        var path = await first.GetAttributeAsync("data-path");
        await first.Locator("button").ClickAsync();

        await Expect(page.Field(path!)).ToBeFocusedAsync();
        Assert.Empty(await page.Page.EvaluateAsync<string[]>("() => window.violations"));

        // The policy is in force and a violation would be seen: an inline style attribute is refused.
        await page.Page.EvaluateAsync("() => { const probe = document.createElement('div'); probe.setAttribute('style', 'color: red'); document.body.append(probe); }");
        await page.Page.WaitForFunctionAsync("() => window.violations.length > 0");
    }
}
