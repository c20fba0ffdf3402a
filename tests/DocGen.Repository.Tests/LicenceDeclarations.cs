using System.Text.Json;
using System.Xml.Linq;

namespace DocGen.Repository.Tests;

/// <summary>A licence a manifest declares for our own code: where, and what it says.</summary>
internal sealed record LicenceDeclaration(string File, string Key, string? Value);

/// <summary>
/// Reads the licence our manifests declare: npm's package.json (and the root entry of its lock file)
/// and MSBuild project metadata. A package.json that declares none is reported with a null value,
/// since npm then publishes it as unlicensed.
/// </summary>
internal static class LicenceDeclarations
{
    private static readonly string[] MsBuildLicenceProperties =
        ["PackageLicenseExpression", "PackageLicenseFile", "PackageLicenseUrl", "PackageRequireLicenseAcceptance"];

    public static bool IsManifest(string fileName) =>
        fileName is "package.json" or "package-lock.json"
        || fileName.EndsWith(".csproj", StringComparison.Ordinal)
        || fileName.EndsWith(".props", StringComparison.Ordinal)
        || fileName.EndsWith(".targets", StringComparison.Ordinal)
        || fileName.EndsWith(".nuspec", StringComparison.Ordinal);

    public static IEnumerable<LicenceDeclaration> Read(string file, string text)
    {
        var name = Path.GetFileName(file);
        return name switch
        {
            "package.json" => FromPackageJson(file, JsonDocument.Parse(text).RootElement),
            "package-lock.json" => FromLockFile(file, text),
            _ when name.EndsWith(".nuspec", StringComparison.Ordinal) => FromNuspec(file, text),
            _ => FromMsBuild(file, text),
        };
    }

    private static IEnumerable<LicenceDeclaration> FromPackageJson(string file, JsonElement package)
    {
        if (package.TryGetProperty("licenses", out var many))
        {
            foreach (var entry in many.EnumerateArray())
                yield return new(file, "licenses", entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("type", out var t) ? t.GetString() : entry.ToString());
        }
        yield return new(file, "license", package.TryGetProperty("license", out var one) ? one.ToString() : null);
    }

    private static IEnumerable<LicenceDeclaration> FromLockFile(string file, string text)
    {
        var lockFile = JsonDocument.Parse(text).RootElement;
        if (lockFile.TryGetProperty("packages", out var packages) && packages.TryGetProperty("", out var root))
            return FromPackageJson(file, root).Where(d => d.Value is not null);
        return [];
    }

    private static IEnumerable<LicenceDeclaration> FromMsBuild(string file, string text) =>
        XDocument.Parse(text).Descendants()
            .Where(e => MsBuildLicenceProperties.Contains(e.Name.LocalName))
            .Select(e => new LicenceDeclaration(file, e.Name.LocalName, e.Value.Trim()));

    private static IEnumerable<LicenceDeclaration> FromNuspec(string file, string text) =>
        XDocument.Parse(text).Descendants()
            .Where(e => e.Name.LocalName is "license" or "licenseUrl")
            .Select(e => new LicenceDeclaration(file, e.Name.LocalName, e.Value.Trim()));

    /// <summary>MIT, as an SPDX expression; acceptance of a licence is not a licence and must be false.</summary>
    public static bool IsMit(LicenceDeclaration d) => d.Key switch
    {
        "PackageRequireLicenseAcceptance" => string.Equals(d.Value, "false", StringComparison.OrdinalIgnoreCase),
        _ => d.Value == "MIT",
    };
}
