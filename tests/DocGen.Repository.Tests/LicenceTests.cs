namespace DocGen.Repository.Tests;

/// <summary>LICENSE says MIT; every manifest of our own code must say the same.</summary>
public class LicenceTests
{
    [Fact]
    public void LicenseFile_IsMit()
    {
        var text = File.ReadAllText(Path.Combine(CheckoutPaths.Root, "LICENSE"));
        Assert.StartsWith("MIT License", text);
    }

    [Fact]
    public void EveryManifest_DeclaresMitOrNothing()
    {
        var manifests = RepositoryFiles.All(CheckoutPaths.Root)
            .Where(f => LicenceDeclarations.IsManifest(Path.GetFileName(f)))
            .ToList();
        Assert.Contains(manifests, f => f.EndsWith("web/admin/package.json", StringComparison.Ordinal));

        var wrong = manifests
            .SelectMany(f => LicenceDeclarations.Read(f, File.ReadAllText(f)))
            .Where(d => !LicenceDeclarations.IsMit(d))
            .Select(d => $"{RepositoryFiles.Relative(d.File)}: {d.Key} = {d.Value ?? "(none)"}")
            .ToList();

        Assert.True(wrong.Count == 0, "manifests declaring a licence other than MIT:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void BuildProps_DeclaresMitForEveryProject()
    {
        var props = Path.Combine(CheckoutPaths.Root, "Directory.Build.props");
        var declared = LicenceDeclarations.Read(props, File.ReadAllText(props)).ToList();
        Assert.Contains(declared, d => d.Key == "PackageLicenseExpression" && d.Value == "MIT");
    }

    [Theory]
    [InlineData("package.json", """{ "name": "x", "license": "AGPL-3.0-only" }""")]
    [InlineData("package.json", """{ "name": "x" }""")]
    [InlineData("package.json", """{ "name": "x", "license": "MIT", "licenses": [{ "type": "GPL-3.0" }] }""")]
    [InlineData("package-lock.json", """{ "packages": { "": { "name": "x", "license": "AGPL-3.0-only" } } }""")]
    [InlineData("X.csproj", """<Project><PropertyGroup><PackageLicenseExpression>AGPL-3.0-only</PackageLicenseExpression></PropertyGroup></Project>""")]
    [InlineData("X.csproj", """<Project><PropertyGroup><PackageLicenseFile>COPYING</PackageLicenseFile></PropertyGroup></Project>""")]
    [InlineData("X.nuspec", """<package><metadata><license type="expression">GPL-2.0</license></metadata></package>""")]
    public void Read_AnotherLicence_IsFlagged(string file, string text)
    {
        Assert.Contains(LicenceDeclarations.Read(file, text), d => !LicenceDeclarations.IsMit(d));
    }

    [Theory]
    [InlineData("package.json", """{ "name": "x", "license": "MIT" }""")]
    [InlineData("package-lock.json", """{ "packages": { "": { "name": "x", "license": "MIT" }, "node_modules/y": { "license": "Apache-2.0" } } }""")]
    [InlineData("X.csproj", """<Project><PropertyGroup><OutputType>Exe</OutputType></PropertyGroup></Project>""")]
    [InlineData("X.csproj", """<Project><PropertyGroup><PackageLicenseExpression>MIT</PackageLicenseExpression></PropertyGroup></Project>""")]
    public void Read_MitOrNoDeclaration_Passes(string file, string text)
    {
        Assert.All(LicenceDeclarations.Read(file, text), d => Assert.True(LicenceDeclarations.IsMit(d), $"{d.Key} = {d.Value}"));
    }
}
