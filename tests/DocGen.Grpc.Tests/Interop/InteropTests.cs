using DocGen.Grpc.Tests.Support;
using Xunit.Abstractions;

namespace DocGen.Grpc.Tests.Interop;

/// <summary>
/// Real gRPC clients nobody here wrote (python grpcio, node @grpc/grpc-js) against our server.
/// Missing tools fail the test with what to run: a skipped interop test would pass CI silently.
/// </summary>
public sealed class InteropTests(ITestOutputHelper output)
{
    private const string SystemPython = "/usr/bin/python3";
    private static readonly TimeSpan ClientTimeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task PythonGrpcio_AllCases_Pass()
    {
        var probe = await ClientProcess.RunAsync(SystemPython, ["-c", "import grpc, google.protobuf"], CheckoutPaths.Root, ClientTimeout);
        Assert.True(probe.ExitCode == 0,
            $"python3-grpcio and python3-protobuf are needed for interop tests; run script/bootstrap.\n{probe.Output}");

        await using var server = await EchoServer.StartAsync();
        var script = Path.Combine(CheckoutPaths.Root, "tests", "interop", "python", "interop_client.py");
        var result = await ClientProcess.RunAsync(SystemPython, [script, "--port", server.Port.ToString(), "--repo", CheckoutPaths.Root],
            CheckoutPaths.Root, ClientTimeout);

        output.WriteLine(result.Output);
        Assert.True(result.ExitCode == 0, $"python interop client exited {result.ExitCode}:\n{result.Output}");
        AssertServerSaw(server);
    }

    [Fact]
    public async Task NodeGrpcJs_AllCases_Pass()
    {
        var nodeDir = Path.Combine(CheckoutPaths.Root, "tests", "interop", "node");
        Assert.True(Directory.Exists(Path.Combine(nodeDir, "node_modules", "@grpc", "grpc-js")),
            $"node_modules missing in {nodeDir}; run script/bootstrap (it runs `npm ci` there).");

        await using var server = await EchoServer.StartAsync();
        var result = await ClientProcess.RunAsync("node", ["client.js", "--port", server.Port.ToString(), "--repo", CheckoutPaths.Root],
            nodeDir, ClientTimeout);

        output.WriteLine(result.Output);
        Assert.True(result.ExitCode == 0, $"node interop client exited {result.ExitCode}:\n{result.Output}");
        AssertServerSaw(server);
    }

    // What the client cannot see for itself: that its cancel reached the handler, and that the
    // gzip case really travelled compressed both ways. Its 9,003-byte message gzips to about
    // 100 bytes; the plain unary case is about 35 bytes, so only a gzip call lands in 60..1000.
    private static void AssertServerSaw(EchoServer server)
    {
        Assert.True(server.Probe.CancellationsSeen >= 1, "the client cancel reached the handler's token");
        var gzipped = server.Logs.Entries.Where(e => e.Category == "DocGen.Grpc.ServerCall" && e.EventId == 1
                && (string?)e.State["Method"] == "/interop.v1.Echo/Unary"
                && (long)e.State["BytesIn"]! is > 60 and < 1000 && (long)e.State["BytesOut"]! is > 60 and < 1000)
            .ToList();
        Assert.True(gzipped.Count >= 1, "no Unary call moved the 9 kB gzip case in under 1 kB each way");
    }
}
