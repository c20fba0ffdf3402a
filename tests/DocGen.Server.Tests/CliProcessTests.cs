using DocGen.Server.Tests.Support;

namespace DocGen.Server.Tests;

/// <summary>The docgen tool as a user runs it: its own process, from a folder of the user's.</summary>
public sealed class CliProcessTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("docgen-cli-process-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private Task<(int Exit, string Out, string Err)> DocgenAsync(params string[] args) => DotnetProgram.RunAsync(DotnetProgram.Docgen, _work, args);

    [Fact]
    public async Task Render_OutsideTheCheckout_UsesTheCheckoutsTemplates()
    {
        var (exit, stdout, stderr) = await DocgenAsync("render", CheckoutPaths.Fixture("panjin-commerce-2022.json"), "-o", "out");

        Assert.True(exit == 0, stderr);
        Assert.Contains("panjin-commerce-2022.pdf", stdout);
        Assert.True(File.Exists(Path.Combine(_work, "out", "panjin-commerce-2022.html")));
    }

    [Fact]
    public async Task Render_TemplatesFolderMissing_SaysSoInsteadOfNotFound()
    {
        var (exit, _, stderr) = await DocgenAsync("render", CheckoutPaths.Fixture("panjin-commerce-2022.json"), "-o", "out", "--templates", "no-such-templates");

        Assert.Equal(1, exit);
        Assert.Contains("no-such-templates", stderr);
        Assert.Contains("does not exist", stderr);
        Assert.DoesNotContain("NOT_FOUND", stderr);
    }
}
