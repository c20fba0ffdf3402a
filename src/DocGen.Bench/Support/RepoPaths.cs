namespace DocGen.Bench.Support;

/// <summary>The checkout the bench runs from, and the shared fixtures beside it.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Fixture(string name) => Path.GetFullPath(Path.Combine(Root, "..", "shared", "fixtures", name));

    private static string FindRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "DocGen.sln"))) return dir.FullName;
            }
        }
        throw new InvalidOperationException("DocGen.sln not found above the current or the tool's directory");
    }
}
