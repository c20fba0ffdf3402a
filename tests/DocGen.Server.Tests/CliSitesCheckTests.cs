using DocGen.Cli;
using DocGen.Cli.Commands;

namespace DocGen.Server.Tests;

/// <summary><c>docgen sites check</c>: a site author's lint before deploying.</summary>
public sealed class CliSitesCheckTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("docgen-sites-check-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private static (int Exit, string Out) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var exit = SitesCommand.Run(CliArguments.Parse("sites", args), stdout);
        return (exit, stdout.ToString());
    }

    private string Site(string code, string json, string? header = null)
    {
        var folder = Path.Combine(_work, code);
        Directory.CreateDirectory(Path.Combine(folder, "partials"));
        File.WriteAllText(Path.Combine(folder, "site.json"), json);
        if (header is not null) File.WriteAllText(Path.Combine(folder, "partials", "header.sbn-html"), header);
        return folder;
    }

    [Fact]
    public void SitesCheck_SampleTemplates_ListsEverySiteAndExitsZero()
    {
        var (exit, text) = Run("check", CheckoutPaths.Templates);

        Assert.Equal(0, exit);
        Assert.Contains("ok       2111000031", text);
        Assert.Contains("3 site(s): 3 load", text);
        Assert.Contains("0 refused", text);
    }

    [Fact]
    public void SitesCheck_GoodSiteFolder_ExitsZero()
    {
        var site = Site("2102000001", """{"siteCode": "2102000001", "name": "示例市人民政府"}""", "<header>{{ site.name }}</header>");

        var (exit, text) = Run("check", site, "--templates", CheckoutPaths.Templates);

        Assert.Equal(0, exit);
        Assert.Contains("ok       2102000001", text);
    }

    [Fact]
    public void SitesCheck_BrokenSiteFolder_NamesFileAndLineAndExitsOne()
    {
        var site = Site("2102000001", """{"siteCode": "2102000001"}""", "<header>\n{{ include \"banner\" }}\n</header>");

        var (exit, text) = Run("check", site, "--templates", CheckoutPaths.Templates);

        Assert.Equal(1, exit);
        Assert.Contains($"refused  2102000001  {Path.Combine(site, "partials", "header.sbn-html")}:2: column 4: there is no partial 'banner'", text);
        Assert.Contains("1 site(s): 0 load (0 with warnings), 1 refused", text);
    }

    [Fact]
    public void SitesCheck_UnknownAction_IsAUsageError()
    {
        Assert.Throws<CliUsageException>(() => Run("lint"));
    }
}
