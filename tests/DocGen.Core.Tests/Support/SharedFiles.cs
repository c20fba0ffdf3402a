namespace DocGen.Core.Tests.Support;

/// <summary>Finds the shared spec and fixtures next to the repository (../shared).</summary>
internal static class SharedFiles
{
    public static string Path(params string[] parts)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "DocGen.sln")))
        {
            dir = dir.Parent;
        }
        if (dir is null)
        {
            throw new InvalidOperationException($"DocGen.sln not found above {AppContext.BaseDirectory}");
        }
        return System.IO.Path.Combine([dir.FullName, "..", "shared", .. parts]);
    }

    public static string ReadText(params string[] parts) => File.ReadAllText(Path(parts));
}
