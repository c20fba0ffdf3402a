using DocGen.Contracts;
using DocGen.Core.Completion;
using DocGen.Core.Editions;
using DocGen.Core.Model;
using DocGen.Core.Outline;
using DocGen.Core.Sites;
using RenderRequest = DocGen.Protos.V1.RenderRequest;

namespace DocGen.Pdf.Tests.Support;

/// <summary>The shared RenderRequest fixtures, read from ../shared/fixtures beside the repo root.</summary>
internal static class Fixtures
{
    public static readonly string RepoRoot = FindRoot();

    public static TheoryData<string> Names => new(
        Directory.GetFiles(SharedPath("fixtures"), "*.json")
            .Select(f => Path.GetFileNameWithoutExtension(f)!)
            .Where(n => !n.StartsWith("site-", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal));

    public static string SharedPath(params string[] parts) => Path.Combine([RepoRoot, "..", "shared", .. parts]);

    public static RenderRequest Request(string name) =>
        RequestJson.ParseRenderRequest(File.ReadAllText(SharedPath("fixtures", name + ".json")));

    public static AnnualReport Report(string name) => ReportMapper.ToDomain(Request(name).Report);

    /// <summary>The fixture's report completed and arranged as the Render path does before drawing.</summary>
    public static ReportOutline Outline(string name) => Outline(Report(name));

    public static ReportOutline Outline(AnnualReport report) =>
        ReportOutlineBuilder.Build(ReportCompleter.Complete(report), EditionResolver.Resolve(report));

    /// <summary>The Panjin site's identity for Panjin, a named test site with the request's code for the rest.</summary>
    public static SiteProfile Site(string name)
    {
        var code = Request(name).SiteCode;
        var panjin = RequestJson.ParseSite(File.ReadAllText(SharedPath("fixtures", "site-panjin.json")));
        return code == panjin.SiteCode
            ? new SiteProfile { SiteCode = panjin.SiteCode, Name = panjin.Name, Domain = panjin.Domain }
            : new SiteProfile { SiteCode = code, Name = "测试门户网站" };
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "DocGen.sln"))) return dir.FullName;
        throw new InvalidOperationException("DocGen.sln not found above " + AppContext.BaseDirectory);
    }
}
