namespace DocGen.Repository.Tests;

/// <summary>The checkout's own files, without what builds and package managers put there.</summary>
internal static class RepositoryFiles
{
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        ".git", "node_modules", "bin", "obj", "artifacts", "dist", "out", "TestResults",
    };

    public static IEnumerable<string> All(string root) => Walk(new DirectoryInfo(root));

    /// <summary>A path relative to the checkout, with forward slashes.</summary>
    public static string Relative(string path) =>
        Path.GetRelativePath(CheckoutPaths.Root, path).Replace('\\', '/');

    private static IEnumerable<string> Walk(DirectoryInfo dir)
    {
        foreach (var file in dir.EnumerateFiles()) yield return file.FullName;
        foreach (var sub in dir.EnumerateDirectories())
        {
            if (Skipped.Contains(sub.Name) || sub.LinkTarget is not null) continue;
            foreach (var file in Walk(sub)) yield return file;
        }
    }
}
