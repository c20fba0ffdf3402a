using DocGen.Contracts;
using DocGen.Core.Model;
using DocGen.Core.Sites;

namespace DocGen.Pdf.Tests.Support;

/// <summary>The shared RenderRequest fixtures, read from ../shared/fixtures beside the repo root.</summary>
internal static class Fixtures
{
    public static readonly string[] All =
        ["panjin-commerce-2022", "minhou-commerce-2020", "zhangdian-commerce-2017", "synthetic-busy-2023", "synthetic-broken-2023"];

    public static string RepoRoot { get; } = FindRoot();

    public static AnnualReport Report(string name)
    {
        var request = RequestJson.ParseRenderRequest(File.ReadAllText(PathOf(name)));
        return ReportMapper.ToDomain(request.Report);
    }

    public static string SiteCode(string name) => RequestJson.ParseRenderRequest(File.ReadAllText(PathOf(name))).SiteCode;

    public static SiteProfile Panjin()
    {
        var site = RequestJson.ParseSite(File.ReadAllText(PathOf("site-panjin")));
        return new SiteProfile { SiteCode = site.SiteCode, Name = site.Name, Domain = site.Domain };
    }

    public static SiteProfile SiteFor(string name) => new() { SiteCode = SiteCode(name), Name = "测试门户网站" };

    private static string PathOf(string name) => Path.Combine(RepoRoot, "..", "shared", "fixtures", name + ".json");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "DocGen.sln"))) return dir.FullName;
        throw new InvalidOperationException("DocGen.sln not found above " + AppContext.BaseDirectory);
    }
}
