using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DocGen.Admin.Tests.Support;

/// <summary>The admin page in a browser tab, in the words of the tests: fields by contract path, findings by code.</summary>
public sealed class AdminPage(IPage page, string artifactsFolder)
{
    public IPage Page { get; } = page;

    public ILocator Field(string path) => Page.Locator($"[data-path=\"{path}\"]").First;

    public ILocator Cell(string path) => Page.Locator($"td:has(> input[data-path=\"{path}\"])");

    /// <summary>The fields and cells marked for a finding with this code.</summary>
    public ILocator MarkedFor(string code) => Page.Locator($"[data-codes~=\"{code}\"]");

    public ILocator Finding(string code, string path) => Page.Locator($"#findings li[data-code=\"{code}\"][data-path=\"{path}\"]");

    public async Task OpenAsync(string url, int year)
    {
        await Page.GotoAsync(url);
        await ChooseYearAsync(year);
    }

    /// <summary>Types an API key into the key field and leaves it, as an editor does.</summary>
    public async Task EnterKeyAsync(string key)
    {
        await Page.Locator("#api-key").FillAsync(key);
        await Page.Locator("#api-key").PressAsync("Tab");
    }

    public async Task ChooseYearAsync(int year)
    {
        await Expect(Page.Locator("#site option").First).ToBeAttachedAsync();
        await Page.Locator("#year").FillAsync(year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Page.Locator("#year").DispatchEventAsync("change");
        await Expect(Field("applications.new_received.natural_person")).ToBeVisibleAsync();
    }

    /// <summary>Types into a field as an editor does: click, replace its text, leave it.</summary>
    public async Task TypeAsync(string path, string text)
    {
        var field = Field(path);
        await field.ClickAsync();
        await field.PressAsync("Control+A");
        await field.PressSequentiallyAsync(text);
    }

    /// <summary>What the browser does when Excel or WPS content is pasted into the focused cell.</summary>
    public Task PasteAsync(string path, string text) =>
        Field(path).EvaluateAsync(
            """
            (input, text) => {
              input.focus();
              const data = new DataTransfer();
              data.setData("text/plain", text);
              input.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
            }
            """, text);

    public async Task<string> ExportAsync()
    {
        var download = await Page.RunAndWaitForDownloadAsync(() => Page.Locator("#save").ClickAsync());
        var path = await download.PathAsync();
        return await File.ReadAllTextAsync(path);
    }

    public async Task ShotAsync(string name)
    {
        Directory.CreateDirectory(artifactsFolder);
        await Page.ScreenshotAsync(new() { Path = Path.Combine(artifactsFolder, name + ".png"), FullPage = false });
    }

    public static Regex Class(string name) => new($"(^|\\s){Regex.Escape(name)}(\\s|$)");
}
