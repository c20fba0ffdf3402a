using Microsoft.Playwright;

namespace DocGen.Admin.Tests.Support;

/// <summary>
/// Debian's chromium (installed by script/bootstrap), headless, driven by Playwright; one browser for
/// a test class, a fresh context per page. Screenshots go to artifacts/admin-e2e/ in the checkout.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public static string Artifacts { get; } = Path.Combine(CheckoutPaths.Root, "artifacts", "admin-e2e");

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
            throw new InvalidOperationException($"{Chromium} is missing: run script/bootstrap (it installs Debian's chromium package)");
        _playwright = await Playwright.CreateAsync();
        // Expect() waits for the page to reach a state; 5 s (Playwright's default) is less than a PDF render
        // takes on a shared CI machine under load. A wait, not a speed assertion.
        Assertions.SetDefaultExpectTimeout(20_000);
        // --no-sandbox: CI runs the tests as root, where Chromium's sandbox cannot start. --lang: date fields in Chinese (年/月/日).
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox", "--lang=zh-CN"] });
    }

    /// <param name="bypassCsp">for a checker injected into the page (axe-core), which a strict Content-Security-Policy would block.</param>
    public async Task<AdminPage> NewPageAsync(int width = 1280, int height = 900, bool bypassCsp = false)
    {
        var context = await _browser!.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = height }, AcceptDownloads = true, Locale = "zh-CN", BypassCSP = bypassCsp,
        });
        context.SetDefaultTimeout(20_000);
        return new AdminPage(await context.NewPageAsync(), Artifacts);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
