using DocGen.Sites;
using DocGen.Sites.Tests.Support;

namespace DocGen.Sites.Tests;

public sealed class SiteCheckerTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("docgen-site-check-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    /// <summary>A site folder an author is working on, outside any templates folder.</summary>
    private string AuthorsSite(string code, string json, params (string File, string Text)[] files)
    {
        var folder = Path.Combine(_work, code);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "site.json"), json);
        foreach (var (file, text) in files) File.WriteAllText(Path.Combine(folder, file).WithFolder(), text);
        return folder;
    }

    [Fact]
    public void CheckTemplates_SampleSites_AllLoad()
    {
        var results = SiteChecker.CheckTemplates(CheckoutPaths.Templates);

        Assert.Equal(["2111000031", "3501210001", "3703030001"], results.Select(r => r.SiteCode));
        Assert.All(results, r => Assert.True(r.Loads, r.Refusal?.ToString()));
    }

    [Fact]
    public void CheckSiteFolder_GoodSite_LoadsWithoutWarnings()
    {
        var site = AuthorsSite("2102000001", """{"siteCode": "2102000001", "name": "示例市人民政府", "icpRecord": "辽ICP备11007870号-2"}""",
            ("partials/footer.sbn-html", "<footer>{{ site.name }} 网站标识码：{{ site.site_code }}</footer>"));

        var result = SiteChecker.CheckSiteFolder(site, CheckoutPaths.Templates);

        Assert.True(result.Loads, result.Refusal?.ToString());
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void CheckSiteFolder_BrokenPartial_NamesTheAuthorsFileLineAndColumn()
    {
        var site = AuthorsSite("2102000001", """{"siteCode": "2102000001"}""",
            ("partials/footer.sbn-html", "<footer>\n{{ if site.name }}\n{{ site.name }}\n</footer>"));

        var result = SiteChecker.CheckSiteFolder(site, CheckoutPaths.Templates);

        Assert.False(result.Loads);
        // Scriban places a missing end where it was expected: after the last statement of the open block.
        Assert.Equal((Path.Combine(site, "partials", "footer.sbn-html"), 3), (result.Refusal!.FilePath, result.Refusal.Line));
        Assert.Equal("column 16: Error while parsing if statement: The <end> statement was not found in: if <expression> ... end|else|else if", result.Refusal.Reason);
    }

    [Fact]
    public void CheckSiteFolder_MisspeltVariable_IsRefusedByTheTrialRender()
    {
        var site = AuthorsSite("2102000001", """{"siteCode": "2102000001"}""",
            ("partials/header.sbn-html", "<header>\n  {{ site.nmae }}{{ sitename }}\n</header>"));

        var result = SiteChecker.CheckSiteFolder(site, CheckoutPaths.Templates);

        Assert.Equal((Path.Combine(site, "partials", "header.sbn-html"), 2), (result.Refusal!.FilePath, result.Refusal.Line));
        Assert.Contains("sitename", result.Refusal.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckSiteFolder_QuestionableSettings_LoadsWithWarningsNamingTheAuthorsFile()
    {
        var site = AuthorsSite("210200001", """{"siteCode": "210200001", "publicSecurityRecord": "辽公网安备2102号"}""");

        var result = SiteChecker.CheckSiteFolder(site, CheckoutPaths.Templates);

        Assert.True(result.Loads);
        Assert.Equal(["siteCode", "publicSecurityRecord"], result.Warnings.Select(w => w.Field));
        Assert.All(result.Warnings, w => Assert.Equal(Path.Combine(site, "site.json"), w.FilePath));
    }
}
