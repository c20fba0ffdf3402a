using System.Diagnostics;
using DocGen.Server.Tests.Support;
using Xunit.Abstractions;

namespace DocGen.Server.Tests;

/// <summary>
/// The report API called by clients nobody here wrote (tests/interop): python3-grpcio and
/// @grpc/grpc-js run Render, RenderBatch, Validate, ListSites, a strict failure's BadRequest, a
/// deadline, a cancel mid-batch, gzip, reflection and health against the real server with
/// Auth:Keys configured, sending a key, and check that a call without one is UNAUTHENTICATED and a
/// key's call for another site PERMISSION_DENIED; each asserts exact statuses and payloads.
/// Without script/bootstrap they fail, never skip.
/// </summary>
public sealed class InteropTests(KeyedServerFixture fixture, ITestOutputHelper output) : IClassFixture<KeyedServerFixture>
{
    private Task RunClientAsync(string program, string script, string workingDirectory, string passedLine) =>
        RunClientAsync(program, [script, "--target", fixture.Server.Address.Replace("http://", "")], workingDirectory, passedLine);

    private async Task RunClientAsync(string program, string[] arguments, string workingDirectory, string passedLine)
    {
        arguments = [.. arguments, "--repo", CheckoutPaths.Root, "--key", TestKeys.Admin, "--site-key", TestKeys.Panjin];
        var script = arguments[0];
        var start = new ProcessStartInfo(program, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        await process.WaitForExitAsync(timeout.Token);

        var text = await stdout + await stderr;
        output.WriteLine(text);
        Assert.True(process.ExitCode == 0, $"{Path.GetFileName(script)} exited {process.ExitCode} (run script/bootstrap if a package is missing):\n{text}");
        Assert.Matches(passedLine, text);
    }

    [Fact]
    public Task PythonGrpcio_EveryCasePasses() =>
        RunClientAsync("/usr/bin/python3", Path.Combine(CheckoutPaths.Root, "tests", "interop", "python", "interop_client.py"),
            CheckoutPaths.Root, @"python grpcio \S+: 12 passed, 0 failed");

    /// <summary>gRPC-Web on Server:WebAddress through a browser library's transport (fetch, HTTP/1.1).</summary>
    [Fact]
    public Task ConnectWeb_GrpcWebOverHttp11_EveryCasePasses() =>
        RunClientAsync("node", ["web_client.mjs", "--base-url", fixture.Server.WebAddress],
            Path.Combine(CheckoutPaths.Root, "tests", "interop", "node"), @"grpc-web @connectrpc/connect-web \S+: 6 passed, 0 failed");

    [Fact]
    public Task NodeGrpcJs_EveryCasePasses() =>
        RunClientAsync("node", "client.js", Path.Combine(CheckoutPaths.Root, "tests", "interop", "node"),
            @"node @grpc/grpc-js \S+: 12 passed, 0 failed");
}
