using DocGen.Contracts;
using DocGen.Core.Completion;
using DocGen.Core.Editions;
using DocGen.Core.Model;
using DocGen.Core.Outline;
using RenderRequest = DocGen.Protos.V1.RenderRequest;

namespace DocGen.Html.Tests.Support;

/// <summary>The shared fixtures (../shared/fixtures beside the repo root).</summary>
internal static class Fixtures
{
    public static readonly string RepoRoot = FindRepoRoot();

    public static string SharedPath(params string[] parts) =>
        Path.Combine([RepoRoot, "..", "shared", .. parts]);

    public static string[] RequestNames =>
        Directory.GetFiles(SharedPath("fixtures"), "*.json")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(n => !n!.StartsWith("site-", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray()!;

    public static RenderRequest Request(string name) =>
        RequestJson.ParseRenderRequest(File.ReadAllText(SharedPath("fixtures", name + ".json")));

    public static AnnualReport Report(string name) => ReportMapper.ToDomain(Request(name).Report);

    /// <summary>The fixture's report completed and arranged as the Render path does before drawing.</summary>
    public static ReportOutline Outline(string name) => Outline(Report(name));

    public static ReportOutline Outline(AnnualReport report) =>
        ReportOutlineBuilder.Build(ReportCompleter.Complete(report), EditionResolver.Resolve(report));

    public static string TemplatesRoot => Path.Combine(RepoRoot, "templates");

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DocGen.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("DocGen.sln not found above " + AppContext.BaseDirectory);
    }
}
