namespace DocGen.Server.Tests.Support;

/// <summary>The checkout and the shared fixtures beside it (CI clones the repository next to shared/).</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Templates => Path.Combine(Root, "templates");

    public static string Fixture(string name) => Path.GetFullPath(Path.Combine(Root, "..", "shared", "fixtures", name));

    public static IEnumerable<string> ReportFixtures =>
        Directory.EnumerateFiles(Path.GetFullPath(Path.Combine(Root, "..", "shared", "fixtures")), "*.json")
            .Where(f => !Path.GetFileName(f).StartsWith("site-", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DocGen.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"DocGen.sln not found above {AppContext.BaseDirectory}");
    }
}
