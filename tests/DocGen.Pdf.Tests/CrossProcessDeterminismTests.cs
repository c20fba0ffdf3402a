using System.Diagnostics;
using DocGen.Core.Sites;

namespace DocGen.Pdf.Tests;

/// <summary>
/// The same request gives the same bytes in another process: two processes of their own
/// (DocGen.Pdf.RenderProcess, each with its own string hash seed; the second with another time
/// zone and a culture that writes 1,5 for 1.5) and this one render every fixture in both profiles.
/// </summary>
public class CrossProcessDeterminismTests
{
    private const string SiteName = "测试门户网站";

    [Fact]
    public async Task Render_EveryFixtureBothProfilesInThreeProcesses_ByteIdentical()
    {
        var root = Directory.CreateTempSubdirectory("docgen-pdf-processes-");
        try
        {
            var first = Path.Combine(root.FullName, "first");
            var second = Path.Combine(root.FullName, "second");

            await Task.WhenAll(
                RenderInProcessOfItsOwn(first, new() { ["TZ"] = "UTC", ["LANG"] = "C.UTF-8" }),
                RenderInProcessOfItsOwn(second, new() { ["TZ"] = "Asia/Shanghai", ["LANG"] = "de_DE.UTF-8", ["LC_ALL"] = "de_DE.UTF-8" }));

            var files = CheckoutPaths.FixtureNames.SelectMany(f => Enum.GetValues<PdfProfile>().Select(p => (Fixture: f, Profile: p))).ToList();
            Assert.Equal(files.Count, Directory.GetFiles(first).Length);
            foreach (var (fixture, profile) in files)
            {
                var name = $"{fixture}.{profile}.pdf";
                var here = PdfReportRenderer.Default.Render(FixtureReports.Outline(fixture),
                    new SiteProfile { SiteCode = FixtureReports.Request(fixture).SiteCode, Name = SiteName }, profile).Bytes;
                Assert.True(here.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(first, name))), $"{name}: first process differs from this one");
                Assert.True(here.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second, name))), $"{name}: second process differs from this one");
            }
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    private static async Task RenderInProcessOfItsOwn(string output, Dictionary<string, string> environment)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        var dll = Path.Combine(CheckoutPaths.Root, "tests", "DocGen.Pdf.RenderProcess", "bin", configuration, "net10.0", "DocGen.Pdf.RenderProcess.dll");
        var start = new ProcessStartInfo("dotnet", [dll, output, SiteName]) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var (key, value) in environment) start.Environment[key] = value;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("the render process did not start");
        var errors = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
        Assert.True(process.ExitCode == 0, $"render process exited {process.ExitCode}: {await errors}");
    }
}
