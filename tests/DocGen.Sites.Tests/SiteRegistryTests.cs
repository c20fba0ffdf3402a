using DocGen.Html.Rendering;
using DocGen.Sites;
using DocGen.Sites.Tests.Support;
using Microsoft.Extensions.Logging;

namespace DocGen.Sites.Tests;

/// <summary>
/// Each test works on its own copy of templates/ and drives reloads through lookups (the stamp
/// check) or <see cref="SiteRegistry.Reload"/>, never by waiting for the file watcher.
/// </summary>
public sealed class SiteRegistryTests : IDisposable
{
    private readonly string _root = SampleSites.CopyTemplates();
    private readonly CapturingLogger<SiteRegistry> _log = new();

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private SiteRegistry Open() => new(_root, logger: _log, options: SampleSites.NoWatch);

    private string SiteFolder(string code) => Path.Combine(_root, "sites", code);

    private static string Page(SiteRegistry registry, string code)
    {
        Assert.True(registry.TryGetSite(code, out var site), $"site {code} is not served");
        return HtmlReportRenderer.RenderPage(FixtureReports.Outline("synthetic-busy-2023"), site);
    }

    private IEnumerable<string> Errors => _log.Entries.Where(e => e.Level == LogLevel.Error).Select(e => e.Message);

    [Fact]
    public void Open_SampleTemplates_ServesEverySampleSiteFromItsSiteJson()
    {
        using var registry = Open();

        Assert.Equal(["2111000031", "3501210001", "3703030001"], registry.Sites.Select(s => s.SiteCode));
        Assert.True(registry.TryGetSite("2111000031", out var panjin));
        Assert.Equal("盘锦市人民政府", panjin.Profile.Name);
        Assert.Equal("辽公网安备21110002000056号", panjin.Profile.PublicSecurityRecord);
        Assert.True(registry.TryGetSite("3501210001", out var example));
        Assert.Equal("AR PL UMing CN", example.Profile.Fonts["body"]);
        Assert.Empty(Errors);
    }

    [Fact]
    public void TryGetSite_UnknownCode_IsFalse()
    {
        using var registry = Open();

        Assert.False(registry.TryGetSite("9999999999", out _));
    }

    [Fact]
    public void Render_SiteOverridingHeaderAndCss_WinsOverDefault()
    {
        using var registry = Open();

        var customised = Page(registry, "3703030001");
        var plain = Page(registry, "2111000031");

        Assert.Contains("site-header--banner", customised);
        Assert.Contains(".site-header--banner {", customised);
        Assert.DoesNotContain("site-header--banner", plain);
        // The site's CSS comes after the default's, so its rules win by the cascade.
        Assert.True(customised.IndexOf(".site-header--banner {", StringComparison.Ordinal) > customised.IndexOf(".site-header {", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_TemplateEditedOnDisk_IsServedOnTheNextCall()
    {
        using var registry = Open();
        Assert.DoesNotContain("编辑后的页眉", Page(registry, "2111000031"));

        File.WriteAllText(Path.Combine(SiteFolder("2111000031"), "partials", "header.sbn-html").WithFolder(), "<header>编辑后的页眉 {{ site.name }}</header>");

        Assert.Contains("编辑后的页眉 盘锦市人民政府", Page(registry, "2111000031"));
    }

    [Fact]
    public void Render_DefaultTemplateEdited_ReachesEverySiteThatDoesNotOverrideIt()
    {
        using var registry = Open();

        var footer = Path.Combine(_root, "default", "partials", "footer.sbn-html");
        File.WriteAllText(footer, File.ReadAllText(footer).Replace("网站标识码：", "网站识别码：", StringComparison.Ordinal));

        Assert.Contains("网站识别码：2111000031", Page(registry, "2111000031"));
        Assert.Contains("网站识别码：3703030001", Page(registry, "3703030001"));
    }

    [Fact]
    public void Reload_BrokenTemplate_KeepsPreviousVersionAndLogsFileAndLine()
    {
        using var registry = Open();
        var header = Path.Combine(SiteFolder("3703030001"), "partials", "header.sbn-html");

        File.WriteAllText(header, "<header>\n<p>第二行</p>\n{{ if site.name }}未闭合\n</header>");

        Assert.Contains("site-header--banner", Page(registry, "3703030001"));
        var error = Assert.Single(Errors);
        Assert.Contains($"{header}:3:", error);
        Assert.Contains("3703030001", error);
        Assert.Contains("previous version keeps serving", error);
    }

    [Fact]
    public void TryGetSite_WhileSiteStaysBroken_LogsTheRefusalOnceAndServesPrevious()
    {
        using var registry = Open();
        File.WriteAllText(Path.Combine(SiteFolder("3703030001"), "partials", "header.sbn-html"), "{{ if site.name }}");

        for (var i = 0; i < 5; i++) Assert.Contains("site-header--banner", Page(registry, "3703030001"));

        Assert.Single(Errors);
    }

    [Fact]
    public void TryGetSite_BrokenSiteFixed_IsServedAgain()
    {
        using var registry = Open();
        var header = Path.Combine(SiteFolder("3703030001"), "partials", "header.sbn-html");
        File.WriteAllText(header, "{{ if site.name }}");
        Assert.Contains("site-header--banner", Page(registry, "3703030001"));

        File.WriteAllText(header, "<header>修好了</header>");

        Assert.Contains("<header>修好了</header>", Page(registry, "3703030001"));
    }

    [Fact]
    public void Reload_TemplateReferencingMissingPartial_IsRefusedAtLoad()
    {
        using var registry = Open();
        var header = Path.Combine(SiteFolder("3703030001"), "partials", "header.sbn-html");

        File.WriteAllText(header, "<header>\n{{ include \"no-such-partial\" }}\n</header>");

        Assert.Contains("site-header--banner", Page(registry, "3703030001"));
        Assert.Contains(Errors, e => e.Contains($"{header}:2:", StringComparison.Ordinal) && e.Contains("no-such-partial", StringComparison.Ordinal));
    }

    [Fact]
    public void Reload_TemplateReadingTheClock_IsRefusedNamingTheLine()
    {
        using var registry = Open();
        var header = Path.Combine(SiteFolder("3703030001"), "partials", "header.sbn-html");

        File.WriteAllText(header, "<header>\n{{ date.now }}\n</header>");

        Assert.Contains("site-header--banner", Page(registry, "3703030001"));
        Assert.Contains(Errors, e => e.Contains($"{header}:2:", StringComparison.Ordinal));
    }

    [Fact]
    public void Reload_BrokenSiteJson_KeepsPreviousVersionAndLogsLine()
    {
        using var registry = Open();
        var siteJson = Path.Combine(SiteFolder("2111000031"), "site.json");

        File.WriteAllText(siteJson, "{\n  \"siteCode\": \"2111000031\",\n  \"name\": \"改名\"\n  \"domain\": \"x\"\n}");

        Assert.Contains("盘锦市人民政府", Page(registry, "2111000031"));
        Assert.Contains(Errors, e => e.Contains($"{siteJson}:4:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{\"siteCode\": \"2111000031\",\n\"colour\": \"red\"}", 2, "unknown field")]
    [InlineData("{\"siteCode\": \"3501210001\"}", 1, "does not match its folder")]
    [InlineData("{\"siteCode\": \"2111000031\",\n\"templateSet\": \"../../etc\"}", 1, "not a template set name")]
    [InlineData("{\"siteCode\": \"2111000031\",\n\"templateSet\": \"no-such-set\"}", 1, "does not exist")]
    [InlineData("{\"siteCode\": \"2111000031\",\n\"phone\": 123}", 2, "must be a string")]
    public void Reload_InvalidSiteJson_IsRefusedWithReason(string json, int line, string reason)
    {
        using var registry = Open();
        var siteJson = Path.Combine(SiteFolder("2111000031"), "site.json");

        File.WriteAllText(siteJson, json);
        registry.Reload();

        Assert.Contains(Errors, e => e.Contains($"{siteJson}:{line}:", StringComparison.Ordinal) && e.Contains(reason, StringComparison.Ordinal));
        Assert.True(registry.TryGetSite("2111000031", out _));
    }

    [Fact]
    public void Reload_NewSiteFolder_IsServedAndRemovedFolderIsNot()
    {
        using var registry = Open();
        var added = SiteFolder("1507000009");
        Directory.CreateDirectory(added);
        File.WriteAllText(Path.Combine(added, "site.json"), "{\"siteCode\": \"1507000009\", \"name\": \"新站点\"}");
        Directory.Delete(SiteFolder("3501210001"), recursive: true);

        var codes = registry.Sites.Select(s => s.SiteCode).ToArray();

        Assert.Equal(["1507000009", "2111000031", "3703030001"], codes);
        Assert.Contains("新站点", Page(registry, "1507000009"));
    }

    [Fact]
    public void Watcher_TemplateEdited_IsReloadedWithoutALookup()
    {
        using var registry = new SiteRegistry(_root, logger: _log,
            options: new SiteRegistryOptions { Watch = true, StampCheckInterval = null, Debounce = TimeSpan.FromMilliseconds(50) });
        Assert.True(registry.TryGetSite("2111000031", out var before));

        File.WriteAllText(Path.Combine(SiteFolder("2111000031"), "page.css"), ".site-name { color: gold; }");

        // Polls with a generous deadline: the watcher's event is asynchronous, its timing is not what is tested.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        RegisteredSite? after;
        while (registry.TryGetSite("2111000031", out after) && ReferenceEquals(before, after) && DateTime.UtcNow < deadline) Thread.Sleep(50);
        Assert.NotSame(before, after);
        Assert.Contains("color: gold", after!.PageCss.Value);
    }

    [Fact]
    public void Reload_NothingChanged_KeepsTheSameCompiledSites()
    {
        using var registry = Open();
        Assert.True(registry.TryGetSite("2111000031", out var before));

        registry.Reload();

        Assert.True(registry.TryGetSite("2111000031", out var after));
        Assert.Same(before, after);
    }

    [Fact]
    public void Reload_BrokenSiteThatNeverLoaded_IsNotServed()
    {
        var folder = SiteFolder("1507000009");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "site.json"), "{ not json");

        using var registry = Open();

        Assert.False(registry.TryGetSite("1507000009", out _));
        Assert.Contains(Errors, e => e.Contains("1507000009", StringComparison.Ordinal) && e.Contains("is not served", StringComparison.Ordinal));
    }

    [Fact]
    public void Reload_CssThatWouldCloseTheStyleElement_IsRefused()
    {
        using var registry = Open();
        var css = Path.Combine(SiteFolder("3703030001"), "page.css");

        File.WriteAllText(css, "body { color: red; }\n</style><script>alert(1)</script>");

        Assert.DoesNotContain("<script>", Page(registry, "3703030001"));
        Assert.Contains(Errors, e => e.Contains($"{css}:2:", StringComparison.Ordinal));
    }
}

public sealed class SiteRegistryFileSafetyTests : IDisposable
{
    private readonly string _root = SampleSites.CopyTemplates();
    private readonly string _outside = Path.Combine(Path.GetTempPath(), "docgen-outside-" + Guid.NewGuid().ToString("N"));
    private readonly CapturingLogger<SiteRegistry> _log = new();

    public SiteRegistryFileSafetyTests() => Directory.CreateDirectory(_outside);

    public void Dispose()
    {
        Directory.Delete(_root, recursive: true);
        Directory.Delete(_outside, recursive: true);
    }

    private SiteRegistry Open() => new(_root, logger: _log, options: SampleSites.NoWatch);

    private string SiteFolder(string code) => Path.Combine(_root, "sites", code);

    private IEnumerable<string> Errors => _log.Entries.Where(e => e.Level == LogLevel.Error).Select(e => e.Message);

    private string OutsideFile(string name, string text)
    {
        var path = Path.Combine(_outside, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Open_PartialSymlinkedOutsideTheRoot_IsRefusedNamingTheFile()
    {
        var secret = OutsideFile("secret.sbn-html", "<header>机密</header>");
        var header = Path.Combine(SiteFolder("3703030001"), "partials", "header.sbn-html");
        File.Delete(header);
        File.CreateSymbolicLink(header, secret);

        using var registry = Open();

        Assert.False(registry.TryGetSite("3703030001", out _));
        Assert.Contains(Errors, e => e.Contains(header, StringComparison.Ordinal) && e.Contains("outside the templates folder", StringComparison.Ordinal));
    }

    [Fact]
    public void Open_CssSymlinkedThroughDotDot_IsRefused()
    {
        OutsideFile("page.css", "body { background: url(secret); }");
        var css = Path.Combine(SiteFolder("2111000031"), "page.css");
        File.CreateSymbolicLink(css, Path.Combine("..", "..", "..", Path.GetFileName(_outside), "page.css"));

        using var registry = Open();

        Assert.False(registry.TryGetSite("2111000031", out _));
        Assert.Contains(Errors, e => e.Contains(css, StringComparison.Ordinal) && e.Contains("outside the templates folder", StringComparison.Ordinal));
    }

    [Fact]
    public void Open_SiteFolderSymlinkedOutsideTheRoot_IsRefused()
    {
        var elsewhere = Path.Combine(_outside, "site");
        Directory.CreateDirectory(elsewhere);
        File.WriteAllText(Path.Combine(elsewhere, "site.json"), "{\"siteCode\": \"1507000009\"}");
        Directory.CreateSymbolicLink(SiteFolder("1507000009"), elsewhere);

        using var registry = Open();

        Assert.False(registry.TryGetSite("1507000009", out _));
        Assert.Contains(Errors, e => e.Contains("1507000009", StringComparison.Ordinal) && e.Contains("outside the templates folder", StringComparison.Ordinal));
    }

    [Fact]
    public void Open_SymlinkStayingInsideTheRoot_IsServed()
    {
        var header = Path.Combine(SiteFolder("2111000031"), "partials", "header.sbn-html").WithFolder();
        File.CreateSymbolicLink(header, Path.Combine(SiteFolder("3703030001"), "partials", "header.sbn-html"));

        using var registry = Open();

        Assert.True(registry.TryGetSite("2111000031", out var site));
        Assert.Contains("site-header--banner", HtmlReportRenderer.RenderPage(FixtureReports.Outline("synthetic-busy-2023"), site));
    }

    [Theory]
    [InlineData("partials/header.sbn-html")]
    [InlineData("page.css")]
    [InlineData("site.json")]
    public void Open_FileOfRandomBytes_IsRefusedAsNotUtf8(string file)
    {
        var path = Path.Combine(SiteFolder("3703030001"), file);
        var bytes = new byte[4096];
        new Random(20261201).NextBytes(bytes);
        File.WriteAllBytes(path, bytes);

        using var registry = Open();

        Assert.False(registry.TryGetSite("3703030001", out _));
        Assert.Contains(Errors, e => e.Contains(path, StringComparison.Ordinal) && e.Contains("is not valid UTF-8", StringComparison.Ordinal));
    }

    [Fact]
    public void Open_TemplateInGb18030_IsRefusedNamingTheLine()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var path = Path.Combine(SiteFolder("3703030001"), "partials", "header.sbn-html");
        File.WriteAllBytes(path, System.Text.Encoding.GetEncoding("GB18030").GetBytes("<header>\n<p>政府信息公开</p>\n</header>"));

        using var registry = Open();

        Assert.Contains(Errors, e => e.Contains($"{path}:2:", StringComparison.Ordinal) && e.Contains("UTF-8", StringComparison.Ordinal));
    }

    [Fact]
    public void Open_Utf8WithByteOrderMark_IsServed()
    {
        var path = Path.Combine(SiteFolder("3703030001"), "partials", "header.sbn-html");
        File.WriteAllText(path, "<header>带BOM的页眉</header>", new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        using var registry = Open();

        Assert.True(registry.TryGetSite("3703030001", out var site));
        Assert.Contains("<header>带BOM的页眉</header>", HtmlReportRenderer.RenderPage(FixtureReports.Outline("synthetic-busy-2023"), site));
    }
}

public sealed class SiteRegistrySettingsTests : IDisposable
{
    private readonly string _root = SampleSites.CopyTemplates();
    private readonly CapturingLogger<SiteRegistry> _log = new();

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Warnings => string.Join("\n", _log.Entries.Where(e => e.Level == LogLevel.Warning).Select(e => e.Message));

    private RegisteredSite Load(string code, string json, Func<string, bool>? fontInstalled = null)
    {
        var folder = Path.Combine(_root, "sites", code);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "site.json"), json);
        using var registry = new SiteRegistry(_root, logger: _log, options: SampleSites.NoWatch with { FontInstalled = fontInstalled });
        Assert.True(registry.TryGetSite(code, out var site), $"site {code} was refused: {string.Join("; ", _log.Entries.Select(e => e.Message))}");
        return site;
    }

    [Fact]
    public void Open_PanjinSite_HasNoWarnings()
    {
        var site = Load("2111000031", File.ReadAllText(Path.Combine(_root, "sites", "2111000031", "site.json")));

        Assert.Empty(site.Warnings);
    }

    [Theory]
    [InlineData("211100003", "siteCode")]
    [InlineData("21110000311", "siteCode")]
    [InlineData("bm1234567", "siteCode")]
    public void Open_SiteCodeNotTenCharacters_LoadsWithAWarningNamingTheField(string code, string field)
    {
        var site = Load(code, $"{{\"siteCode\": \"{code}\"}}");

        Assert.Equal(field, Assert.Single(site.Warnings).Field);
        Assert.Contains($"siteCode: 网站标识码 '{code}' is not 10 characters", Warnings);
    }

    [Fact]
    public void Open_CentralBodySiteCode_IsAccepted()
    {
        Assert.Empty(Load("bm12345678", "{\"siteCode\": \"bm12345678\"}").Warnings);
    }

    [Theory]
    [InlineData("publicSecurityRecord", "辽公网安备2111000200005号", "has 13 digits")]
    [InlineData("icpRecord", "辽ICP备11007870", "is not of the form")]
    [InlineData("icpRecord", "ICP备11007870号-1", "is not of the form")]
    public void Open_FilingNumberOfTheWrongForm_LoadsWithAWarningNamingTheField(string field, string value, string reason)
    {
        var site = Load("2111000031", $"{{\"siteCode\": \"2111000031\", \"{field}\": \"{value}\"}}");

        var warning = Assert.Single(site.Warnings);
        Assert.Equal(field, warning.Field);
        Assert.Contains(reason, warning.Reason, StringComparison.Ordinal);
        Assert.Contains($"{field}: ", Warnings);
    }

    [Theory]
    [InlineData("辽ICP备11007870号")]
    [InlineData("辽ICP备11007870号-1")]
    [InlineData("京ICP备05070602号-12")]
    public void Open_IcpRecordOfTheNationalForm_IsAccepted(string value)
    {
        Assert.Empty(Load("2111000031", $"{{\"siteCode\": \"2111000031\", \"icpRecord\": \"{value}\"}}").Warnings);
    }

    [Fact]
    public void Open_FontTheMachineLacks_LoadsWithAWarningNamingTheRole()
    {
        var site = Load("2111000031", "{\"siteCode\": \"2111000031\", \"fonts\": {\"body\": \"No Such Font\", \"title\": \"Installed Font\"}}",
            family => family == "Installed Font");

        var warning = Assert.Single(site.Warnings);
        Assert.Equal("fonts.body", warning.Field);
        Assert.Contains("'No Such Font' is not installed", warning.Reason, StringComparison.Ordinal);
    }
}

internal static class PathExtensions
{
    /// <summary>Creates the file's folder, for writing a file a site did not have before.</summary>
    public static string WithFolder(this string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }
}
