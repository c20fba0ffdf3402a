using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace DocGen.Repository.Tests;

/// <summary>docs/architecture.md's project graph is the real one: every ProjectReference in src/, and nothing else.</summary>
public partial class ArchitectureDocTests
{
    [Fact]
    public void ProjectGraph_MatchesTheProjectFiles()
    {
        var doc = File.ReadAllText(Path.Combine(CheckoutPaths.Root, "docs", "architecture.md"));
        var drawn = Edge().Matches(doc).Select(m => $"{m.Groups["from"].Value} --> {m.Groups["to"].Value}").ToHashSet();

        var real = Directory.GetFiles(Path.Combine(CheckoutPaths.Root, "src"), "*.csproj", SearchOption.AllDirectories)
            .SelectMany(project => XDocument.Load(project).Descendants("ProjectReference")
                .Select(r => $"{Path.GetFileNameWithoutExtension(project)} --> {Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/'))}"))
            .ToHashSet();

        var undrawn = real.Except(drawn).Order().ToList();
        var unreal = drawn.Except(real).Order().ToList();
        Assert.True(undrawn.Count == 0 && unreal.Count == 0,
            "docs/architecture.md's graph differs from src/*/*.csproj:\n"
            + string.Join("\n", undrawn.Select(e => "  missing from the diagram: " + e))
            + "\n" + string.Join("\n", unreal.Select(e => "  in the diagram, not a ProjectReference: " + e)));
    }

    [GeneratedRegex(@"^\s*(?<from>DocGen\.[A-Za-z.]+) --> (?<to>DocGen\.[A-Za-z.]+)\s*$", RegexOptions.Multiline)]
    private static partial Regex Edge();
}
