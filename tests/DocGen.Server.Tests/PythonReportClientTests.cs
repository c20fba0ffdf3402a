using System.Diagnostics;
using DocGen.Server.Tests.Support;
using Xunit.Abstractions;

namespace DocGen.Server.Tests;

/// <summary>
/// The report API called by python3-grpcio (tests/interop/python/report_client.py): render a
/// fixture, validate, and decode a strict failure's grpc-status-details-bin into
/// google.rpc.Status / BadRequest with classes protoc generated from the public googleapis protos.
/// </summary>
public sealed class PythonReportClientTests(DocGenServerFixture fixture, ITestOutputHelper output) : IClassFixture<DocGenServerFixture>
{
    [Fact]
    public async Task PythonGrpcio_ReportCases_Pass() => await RunAsync(fixture.Server, key: null);

    [Fact]
    public async Task PythonGrpcio_KeyedServer_ReportCasesPassWithTheKey()
    {
        await using var keyed = await DocGenServer.StartAsync(Adversarial.CallerKeyTests.KeyedSettings());

        await RunAsync(keyed, Adversarial.CallerKeyTests.AdminKey);
    }

    private async Task RunAsync(DocGenServer server, string? key)
    {
        var script = Path.Combine(CheckoutPaths.Root, "tests", "interop", "python", "report_client.py");
        var target = server.Address.Replace("http://", "");
        var start = new ProcessStartInfo("/usr/bin/python3", [script, target])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = CheckoutPaths.Root,
        };
        if (key is not null) start.Environment["DOCGEN_KEY"] = key;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);

        var text = await stdout + await stderr;
        output.WriteLine(text);
        Assert.True(process.ExitCode == 0,
            $"report_client.py exited {process.ExitCode} (missing python3-grpcio or google-proto-files? run script/bootstrap):\n{text}");
        Assert.Contains("report_client: all cases passed", text);
    }
}
