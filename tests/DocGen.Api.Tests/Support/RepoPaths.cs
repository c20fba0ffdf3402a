namespace DocGen.Api.Tests.Support;

/// <summary>The checkout and the shared fixtures beside it.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Templates => Path.Combine(Root, "templates");

    public static string Fixture(string name) => Path.GetFullPath(Path.Combine(Root, "..", "shared", "fixtures", name));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DocGen.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"DocGen.sln not found above {AppContext.BaseDirectory}");
    }
}
