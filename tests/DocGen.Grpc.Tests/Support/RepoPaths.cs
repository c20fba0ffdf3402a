namespace DocGen.Grpc.Tests.Support;

public static class RepoPaths
{
    /// <summary>The directory holding DocGen.sln, found by walking up from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DocGen.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"DocGen.sln not found above {AppContext.BaseDirectory}.");
    }
}
