using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;

namespace DocGen.Bench.Support;

/// <summary>
/// The real DocGen server as its own process (the build next to this bench's, same configuration),
/// on a free loopback port, so its memory can be read from /proc without the client's mixed in.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process, string address)
    {
        _process = process;
        Address = address;
    }

    public string Address { get; }

    public static async Task<ServerProcess> StartAsync(CancellationToken cancellationToken)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        var dll = Path.Combine(RepoPaths.Root, "src", "DocGen.Server", "bin", configuration, "net10.0", "DocGen.Server.dll");
        if (!File.Exists(dll)) throw new FileNotFoundException($"build the server first (dotnet build -c {configuration} DocGen.sln)", dll);
        var address = $"http://127.0.0.1:{FreePort()}";
        var start = new ProcessStartInfo("dotnet", [dll, $"--Server:Address={address}", "--Server:WebAddress=", $"--Templates:Root={Path.Combine(RepoPaths.Root, "templates")}"])
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("the server did not start");
        process.OutputDataReceived += (_, _) => { }; // the per-call log lines, as in production, discarded
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("server: " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServerProcess(process, address);
        await server.WaitUntilServingAsync(cancellationToken);
        return server;
    }

    /// <summary>The most memory the server process has held (VmHWM), in MiB.</summary>
    public double PeakRssMiB => ReadStatusKiB("VmHWM:") / 1024.0;

    public double RssMiB => ReadStatusKiB("VmRSS:") / 1024.0;

    /// <summary>Starts VmHWM again from the current RSS (writing 5 to /proc/PID/clear_refs).</summary>
    public void ResetPeakRss() => File.WriteAllText($"/proc/{_process.Id}/clear_refs", "5");

    /// <summary>CPU time the server has used (user + system), from /proc/PID/stat.</summary>
    public double CpuSeconds
    {
        get
        {
            var stat = File.ReadAllText($"/proc/{_process.Id}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' '); // after "pid (comm) ": state is field 3
            return (long.Parse(fields[11]) + long.Parse(fields[12])) / 100.0; // utime, stime in clock ticks (USER_HZ 100)
        }
    }

    private double ReadStatusKiB(string field)
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
        return line is null ? double.NaN : double.Parse(line[field.Length..].Trim().Split(' ')[0]);
    }

    private async Task WaitUntilServingAsync(CancellationToken cancellationToken)
    {
        using var channel = GrpcChannel.ForAddress(Address);
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (_process.HasExited) throw new InvalidOperationException($"the server exited with {_process.ExitCode}");
            try
            {
                var health = await new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest(),
                    deadline: DateTime.UtcNow.AddSeconds(1), cancellationToken: cancellationToken);
                if (health.Status == HealthCheckResponse.Types.ServingStatus.Serving) return;
            }
            catch (RpcException)
            {
            }
            await Task.Delay(100, cancellationToken);
        }
        throw new TimeoutException("the server did not report SERVING within 30 s");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
