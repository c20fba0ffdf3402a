namespace DocGen.Tests.Shared;

/// <summary>
/// The checkout the tests run from (the folder holding DocGen.sln, found above the test binaries)
/// and ../shared beside it, where CI places the spec and the fixtures. Linked into every test
/// project by Directory.Build.props.
/// </summary>
internal static class CheckoutPaths
{
    public static string Root { get; } = FindRoot();

    public static string Templates => Path.Combine(Root, "templates");

    /// <summary>A path under ../shared, e.g. Shared("spec", "national-format.md").</summary>
    public static string Shared(params string[] parts) => Path.GetFullPath(Path.Combine([Root, "..", "shared", .. parts]));

    /// <summary>A fixture file by its file name, e.g. Fixture("panjin-commerce-2022.json").</summary>
    public static string Fixture(string fileName) => Shared("fixtures", fileName);

    /// <summary>The RenderRequest fixtures' names (without .json; the site-*.json files left out), in order.</summary>
    public static string[] FixtureNames =>
        Directory.GetFiles(Shared("fixtures"), "*.json")
            .Select(f => Path.GetFileNameWithoutExtension(f))
            .Where(n => !n.StartsWith("site-", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DocGen.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"DocGen.sln not found above {AppContext.BaseDirectory}");
    }
}
