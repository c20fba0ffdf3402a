using Microsoft.Playwright;

namespace DocGen.Ofd.Tests.Support;

/// <summary>
/// ofd.js (npm, Apache-2.0; installed by script/bootstrap into tests/DocGen.Ofd.Tests/reader) in
/// Debian's headless Chromium driven by Playwright: someone else's OFD parser and renderer, drawing
/// our pages. One browser per test class.
/// </summary>
public sealed class OfdJsReader : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IPage? _page;

    private static string Harness => Path.Combine(CheckoutPaths.Root, "tests", "DocGen.Ofd.Tests", "reader", "harness.html");

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium)) throw new InvalidOperationException($"{Chromium} is missing: run script/bootstrap (it installs Debian's chromium package)");
        if (!File.Exists(Path.Combine(Path.GetDirectoryName(Harness)!, "node_modules", "ofd.js", "lib", "ofd.umd.min.js")))
            throw new InvalidOperationException("ofd.js is missing: run script/bootstrap (npm ci in tests/DocGen.Ofd.Tests/reader)");
        _playwright = await Playwright.CreateAsync();
        // --no-sandbox: CI runs the tests as root, where Chromium's sandbox cannot start.
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox"] });
        var context = await _browser.NewContextAsync(new() { ViewportSize = new() { Width = 1000, Height = 1200 }, DeviceScaleFactor = 1 });
        context.SetDefaultTimeout(120_000);
        // Served from disk under http://localhost/ (no server: Playwright answers the requests).
        var root = Path.GetDirectoryName(Harness)!;
        await context.RouteAsync("http://localhost/**", async route =>
        {
            var path = Path.GetFullPath(Path.Combine(root, new Uri(route.Request.Url).AbsolutePath.TrimStart('/')));
            if (!path.StartsWith(root, StringComparison.Ordinal) || !File.Exists(path)) { await route.FulfillAsync(new() { Status = 404 }); return; }
            await route.FulfillAsync(new() { Status = 200, BodyBytes = await File.ReadAllBytesAsync(path), ContentType = path.EndsWith(".html", StringComparison.Ordinal) ? "text/html; charset=utf-8" : "application/javascript" });
        });
        _page = await context.NewPageAsync();
        await _page.GotoAsync("http://localhost/harness.html");
    }

    /// <summary>Every page of <paramref name="ofd"/> drawn by ofd.js, <paramref name="width"/> pixels wide, as PNG.</summary>
    public async Task<IReadOnlyList<byte[]>> RenderAsync(byte[] ofd, double width)
    {
        // ofd.js sets text in the font family its Font resource names, from the system: the OFD's own
        // embedded programs are given to the page under those names, so the page is drawn with them.
        var package = new OfdPackageReader(ofd);
        var res = package.Xml($"{package.DocFolder}/PublicRes.xml");
        var baseLoc = res.Root!.Attribute("BaseLoc")!.Value;
        foreach (var font in res.Descendants(OfdPackageReader.Ofd + "Font"))
        {
            var program = package.Bytes($"{package.DocFolder}/{baseLoc}/{font.Element(OfdPackageReader.Ofd + "FontFile")!.Value}");
            await _page!.EvaluateAsync("([name, b]) => loadFont(name, b)", new object[] { font.Attribute("FontName")!.Value, Convert.ToBase64String(program) });
        }
        var count = await _page!.EvaluateAsync<int>("([b, w]) => renderPages(b, w)", new object[] { Convert.ToBase64String(ofd), width });
        var pages = new List<byte[]>();
        for (var i = 0; i < count; i++)
            pages.Add(await _page.Locator($"#page-{i}").ScreenshotAsync(new() { Type = ScreenshotType.Png }));
        return pages;
    }

    /// <summary>
    /// How much of each image's ink the other has within <paramref name="reach"/> pixels, with
    /// <paramref name="b"/> moved by (<paramref name="shiftX"/>, <paramref name="shiftY"/>).
    /// </summary>
    public async Task<InkMatch> CompareAsync(byte[] a, byte[] b, int width, int height, int reach, int shiftX = 0, int shiftY = 0)
    {
        var result = await _page!.EvaluateAsync<System.Text.Json.JsonElement>("([a, b, w, h, r, x, y]) => compare(a, b, w, h, r, x, y)",
            new object[] { Convert.ToBase64String(a), Convert.ToBase64String(b), width, height, reach, shiftX, shiftY });
        return new InkMatch(result.GetProperty("inkA").GetInt32(), result.GetProperty("inkB").GetInt32(), result.GetProperty("aInB").GetDouble(), result.GetProperty("bInA").GetDouble());
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }
}

/// <summary>Ink pixels of each image and the share of each found in the other.</summary>
public sealed record InkMatch(int InkA, int InkB, double AInB, double BInA)
{
    public double Worse => Math.Min(AInB, BInA);
}
