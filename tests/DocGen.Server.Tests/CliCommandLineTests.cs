using DocGen.Server.Tests.Support;

namespace DocGen.Server.Tests;

/// <summary>
/// docgen's and docgen-bench's command lines as a user types them, each tool in its own process
/// from a folder outside the checkout: help, refusals with a suggestion, addresses, bad input.
/// </summary>
public sealed class CliCommandLineTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("docgen-cli-line-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private Task<(int Exit, string Out, string Err)> DocgenAsync(params string[] args) =>
        RunAsync(DotnetProgram.Docgen, args);

    private static string Built(string project, string dll)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        return Path.Combine(CheckoutPaths.Root, "src", project, "bin", configuration, "net10.0", dll);
    }

    private Task<(int Exit, string Out, string Err)> RunAsync(string dll, params string[] args) => DotnetProgram.RunAsync(dll, _work, args);

    [Theory]
    [InlineData("render")]
    [InlineData("validate")]
    [InlineData("batch")]
    [InlineData("import")]
    [InlineData("health")]
    [InlineData("sites check")]
    public async Task Help_OfEveryCommand_PrintsItsUsageAndRunsNothing(string command)
    {
        var (exit, stdout, _) = await DocgenAsync([.. command.Split(' '), "--help"]);

        Assert.Equal(0, exit);
        Assert.Contains($"docgen {command}", stdout);
        Assert.Contains("Options:", stdout);
        Assert.Empty(Directory.GetFileSystemEntries(_work));
    }

    [Fact]
    public async Task Render_MisspelledOption_IsRefusedWithTheRightName()
    {
        var (exit, stdout, stderr) = await DocgenAsync("render", CheckoutPaths.Fixture("panjin-commerce-2022.json"), "--format", "pdf");

        Assert.Equal(2, exit);
        Assert.Contains("'--format'", stderr + stdout);
        Assert.Contains("--formats", stdout);
        Assert.Empty(Directory.GetFileSystemEntries(_work));
    }

    [Fact]
    public async Task Render_Formats_WritesOnlyThoseOutputs()
    {
        var (exit, stdout, stderr) = await DocgenAsync("render", CheckoutPaths.Fixture("panjin-commerce-2022.json"), "--formats", "pdf", "-o", "out");

        Assert.True(exit == 0, stderr);
        Assert.True(File.Exists(Path.Combine(_work, "out", "panjin-commerce-2022.pdf")), stdout);
        Assert.False(File.Exists(Path.Combine(_work, "out", "panjin-commerce-2022.html")));
    }

    [Fact]
    public async Task Validate_UnknownOptionAndExtraFile_AreRefused()
    {
        var fixture = CheckoutPaths.Fixture("panjin-commerce-2022.json");

        var (exit, stdout, stderr) = await DocgenAsync("validate", fixture, fixture, "--site", "123");

        Assert.Equal(2, exit);
        Assert.Contains("--site", stderr);
        Assert.Contains(fixture, stderr);
        Assert.DoesNotContain("finding(s)", stdout);
    }

    [Theory]
    [InlineData("import")]
    [InlineData("batch")]
    [InlineData("render")]
    public async Task Output_IsDashOOrDashDashOutput_Everywhere(string command)
    {
        var (_, stdout, _) = await DocgenAsync(command, "--help");

        Assert.Contains("-o, --output <DIR>", stdout);
    }

    [Theory]
    [InlineData("{0}")]
    [InlineData("http://{0}")]
    [InlineData("dns:///{0}")]
    [InlineData("static:///{0}")]
    public async Task Health_EveryAddressForm_AsksTheServer(string form)
    {
        await using var server = await DocGenServer.StartAsync();
        var address = string.Format(form, server.Address["http://".Length..]);

        var (exit, stdout, stderr) = await DocgenAsync("health", "--server", address);

        Assert.True(exit == 0, stderr);
        Assert.Contains(": Serving", stdout);
    }

    [Theory]
    [InlineData("health")]
    [InlineData("render")]
    public async Task BadServerAddress_IsOneLineNamingTheOption(string command)
    {
        string[] args = command == "render" ? ["render", CheckoutPaths.Fixture("panjin-commerce-2022.json"), "--server", "grpc:/nowhere"] : ["health", "--server", "grpc:/nowhere"];

        var (exit, _, stderr) = await DocgenAsync(args);

        Assert.Equal(2, exit);
        Assert.Contains("--server must be", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public async Task Render_BadJson_NamesTheFileAndTheField()
    {
        var file = Path.Combine(_work, "bad.json");
        File.WriteAllText(file, """{"report": {"agency": "示例市商务局", "year": 2023, "applications": {"newReceived": {"naturalPerson": "many"}}}}""");

        var (exit, _, stderr) = await DocgenAsync("render", file, "-o", "out");

        Assert.Equal(1, exit);
        Assert.Contains($"{file}: report.applications.new_received.natural_person: \"many\" is not a whole number", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public async Task Import_UnknownSite_IsRefusedBeforeReadingAnything()
    {
        var (exit, _, stderr) = await DocgenAsync("import", CheckoutPaths.Shared("archive"), "-o", "requests", "--site", "0000000000");

        Assert.Equal(2, exit);
        Assert.Contains("--site 0000000000: no such site", stderr);
        Assert.Contains("2111000031", stderr);
        Assert.False(Directory.Exists(Path.Combine(_work, "requests")));
    }

    [Fact]
    public async Task SitesCheck_SiteFolderOutsideTheCheckout_UsesTheTemplatesItLivesIn()
    {
        var templates = Path.Combine(_work, "my-templates");
        CopyFolder(CheckoutPaths.Templates, templates);
        var sub = Directory.CreateDirectory(Path.Combine(_work, "elsewhere")).FullName;

        var (exit, stdout, stderr) = await RunInAsync(sub, "sites", "check", Path.Combine(templates, "sites", "3703030001"));

        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("1 site(s): 1 load", stdout);
    }

    [Fact]
    public async Task Completion_Bash_AsksDocgenForSuggestions()
    {
        var (exit, stdout, _) = await DocgenAsync("completion", "bash");
        var (_, suggestions, _) = await DocgenAsync("[suggest:9]", "docgen re");

        Assert.Equal(0, exit);
        Assert.Contains("complete -o default -F _docgen_complete docgen", stdout);
        Assert.Contains("render", suggestions);
    }

    [Fact]
    public async Task ServerStart_BadAddress_IsOneLineNamingTheSettingAndExits2()
    {
        var (exit, stdout, stderr) = await RunAsync(Built("DocGen.Server", "DocGen.Server.dll"), "--Server:Address=http://docgen.example:50051", $"--Templates:Root={CheckoutPaths.Templates}");

        Assert.Equal(2, exit);
        Assert.Contains("Server:Address", stderr);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.DoesNotContain("Unhandled exception", stderr + stdout);
    }

    [Fact]
    public async Task Bench_RenderHelp_PrintsHelpAndRunsNothing()
    {
        var (exit, stdout, _) = await RunAsync(Built("DocGen.Bench", "docgen-bench.dll"), "render", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("--concurrency", stdout);
        Assert.DoesNotContain("reports/s", stdout);
    }

    [Fact]
    public async Task Bench_MisspelledOption_IsRefusedWithASuggestion()
    {
        var (exit, stdout, stderr) = await RunAsync(Built("DocGen.Bench", "docgen-bench.dll"), "pdf", "--iteration", "3");

        Assert.Equal(2, exit);
        Assert.Contains("--iterations", stdout);
        Assert.Contains("'--iteration'", stderr + stdout);
    }

    private static Task<(int Exit, string Out, string Err)> RunInAsync(string folder, params string[] args) => DotnetProgram.RunAsync(DotnetProgram.Docgen, folder, args);

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }
}
