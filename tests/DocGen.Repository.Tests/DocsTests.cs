using System.Text.RegularExpressions;

namespace DocGen.Repository.Tests;

/// <summary>A newcomer's path: a short README, links that lead somewhere, commands that exist, no history.</summary>
public partial class DocsTests
{
    private static string Readme => Path.Combine(CheckoutPaths.Root, "README.md");

    /// <summary>README.md and every Markdown file under docs/.</summary>
    public static TheoryData<string> DocFiles()
    {
        var data = new TheoryData<string>();
        data.Add("README.md");
        foreach (var f in Directory.GetFiles(Path.Combine(CheckoutPaths.Root, "docs"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            data.Add(RepositoryFiles.Relative(f));
        return data;
    }

    [Fact]
    public void Readme_IsAtMost200Lines()
    {
        var lines = File.ReadAllText(Readme).TrimEnd('\n').Split('\n').Length;
        Assert.True(lines <= 200, $"README.md has {lines} lines; the details belong in docs/");
    }

    [Fact]
    public void Readme_LinksTheDocs()
    {
        var targets = MarkdownFile.Read(Readme).Links().Select(l => l.Target).ToHashSet();
        foreach (var doc in new[] { "docs/api.md", "docs/cli.md", "docs/operations.md", "docs/architecture.md", "docs/performance.md" })
            Assert.Contains(doc, targets);
    }

    [Theory]
    [MemberData(nameof(DocFiles))]
    public void EveryLink_Resolves(string doc)
    {
        var file = MarkdownFile.Read(Path.Combine(CheckoutPaths.Root, doc));
        var broken = DocLinks.Broken(file).ToList();
        Assert.True(broken.Count == 0, $"{doc}: links that lead nowhere:\n" + string.Join("\n", broken));
    }

    [Theory]
    [MemberData(nameof(DocFiles))]
    public void NoLine_NamesACommit(string doc)
    {
        var file = MarkdownFile.Read(Path.Combine(CheckoutPaths.Root, doc));
        var named = file.Lines.Select((l, i) => (l, i + 1)).Where(x => CommitLike().IsMatch(x.l)).Select(x => $"{doc}:{x.Item2}: {x.l}").ToList();
        Assert.True(named.Count == 0, "history belongs to git, not to the docs:\n" + string.Join("\n", named));
    }

    [Theory]
    [MemberData(nameof(DocFiles))]
    public void DocumentedCommands_NameScriptsAndFilesThatExist(string doc)
    {
        var file = MarkdownFile.Read(Path.Combine(CheckoutPaths.Root, doc));
        var missing = file.ShellCommands().SelectMany(c => DocCommands.MissingPaths(c).Select(p => $"{doc}:{c.Line}: {p} (in `{c.Text}`)")).ToList();
        Assert.True(missing.Count == 0, "commands naming what is not there:\n" + string.Join("\n", missing));
    }

    [Theory]
    [InlineData("measured against `f2924fa` on a quiet machine", true)]
    [InlineData("see commit 1029a95c for the change", true)]
    [InlineData("site 2111000031 and 3703030001", false)]
    [InlineData("sha256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", false)]
    [InlineData("DOTNET_GCLOHThreshold=0x80000", false)]
    public void CommitLike_MatchesAbbreviatedHashesOnly(string line, bool expected)
    {
        Assert.Equal(expected, CommitLike().IsMatch(line));
    }

    [Fact]
    public void Broken_FindsAMissingFileAndAMissingAnchor()
    {
        var doc = new MarkdownFile(Path.Combine(CheckoutPaths.Root, "docs", "x.md"),
            "# Title\n\n[ok](../README.md) [gone](nowhere.md) [self](#title) [lost](#not-a-heading) [web](https://example.com)\n");
        var broken = DocLinks.Broken(doc).ToList();
        Assert.Equal(2, broken.Count);
        Assert.Contains(broken, b => b.Contains("nowhere.md"));
        Assert.Contains(broken, b => b.Contains("#not-a-heading"));
    }

    [Fact]
    public void MissingPaths_FindsAScriptOrFixtureThatIsNotThere()
    {
        Assert.Equal(["script/docgenn"], DocCommands.MissingPaths(new("script/docgenn render x.json", 1)));
        Assert.Equal(["../shared/fixtures/nothing.json"], DocCommands.MissingPaths(new("script/docgen render ../shared/fixtures/nothing.json -o out/", 1)));
        Assert.Empty(DocCommands.MissingPaths(new("script/docgen render ../shared/fixtures/panjin-commerce-2022.json -o out/", 1)));
    }

    /// <summary>7–12 hex digits with both a letter and a digit, standing alone: an abbreviated commit, not a SHA-256 or a site code.</summary>
    [GeneratedRegex(@"(?<![0-9A-Za-z])(?=[0-9a-f]{0,11}[a-f])(?=[0-9a-f]{0,11}[0-9])[0-9a-f]{7,12}(?![0-9A-Za-z])")]
    private static partial Regex CommitLike();
}
