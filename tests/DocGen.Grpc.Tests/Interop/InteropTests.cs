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
        var probe = await ClientProcess.RunAsync(SystemPython, ["-c", "import grpc, google.protobuf"], RepoPaths.Root, ClientTimeout);
        Assert.True(probe.ExitCode == 0,
            $"python3-grpcio and python3-protobuf are needed for interop tests; run script/bootstrap.\n{probe.Output}");

        await using var server = await EchoServer.StartAsync();
        var script = Path.Combine(RepoPaths.Root, "tests", "interop", "python", "interop_client.py");
        var result = await ClientProcess.RunAsync(SystemPython, [script, "--port", server.Port.ToString(), "--repo", RepoPaths.Root],
            RepoPaths.Root, ClientTimeout);

        output.WriteLine(result.Output);
        Assert.True(result.ExitCode == 0, $"python interop client exited {result.ExitCode}:\n{result.Output}");
        Assert.True(server.Probe.CancellationsSeen >= 1, "the client cancel reached the handler's token");
    }

    [Fact]
    public async Task NodeGrpcJs_AllCases_Pass()
    {
        var nodeDir = Path.Combine(RepoPaths.Root, "tests", "interop", "node");
        Assert.True(Directory.Exists(Path.Combine(nodeDir, "node_modules", "@grpc", "grpc-js")),
            $"node_modules missing in {nodeDir}; run script/bootstrap (it runs `npm ci` there).");

        await using var server = await EchoServer.StartAsync();
        var result = await ClientProcess.RunAsync("node", ["client.js", "--port", server.Port.ToString(), "--repo", RepoPaths.Root],
            nodeDir, ClientTimeout);

        output.WriteLine(result.Output);
        Assert.True(result.ExitCode == 0, $"node interop client exited {result.ExitCode}:\n{result.Output}");
        Assert.True(server.Probe.CancellationsSeen >= 1, "the client cancel reached the handler's token");
    }
}
