using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace DocGen.Server.Tests.Support;

/// <summary>
/// The real server as its own process (the build beside these tests) on a loopback port it picks
/// itself, with the repository's sample sites: a replica that can be killed outright.
/// </summary>
public sealed partial class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output;

    private ServerProcess(Process process, string address, ConcurrentQueue<string> output)
    {
        _process = process;
        Address = address;
        _output = output;
    }

    /// <summary>Every line the server has written to standard output so far (its console log).</summary>
    public IReadOnlyCollection<string> Output => _output;

    /// <summary>http://127.0.0.1:PORT</summary>
    public string Address { get; }

    /// <summary>127.0.0.1:PORT, as a static:/// list names it.</summary>
    public string Endpoint => Address["http://".Length..];

    /// <summary>Starts the server with <c>--Key=value</c> settings added to its command line.</summary>
    public static async Task<ServerProcess> StartAsync(params string[] settings)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        var dll = Path.Combine(CheckoutPaths.Root, "src", "DocGen.Server", "bin", configuration, "net10.0", "DocGen.Server.dll");
        var start = new ProcessStartInfo("dotnet", [dll, "--Server:Address=http://127.0.0.1:0", "--Server:WebAddress=", $"--Templates:Root={CheckoutPaths.Templates}", .. settings])
        {
            WorkingDirectory = CheckoutPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("the server did not start");
        var listening = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null) output.Enqueue(e.Data);
            // The host's own line once Kestrel is bound: "Now listening on: http://127.0.0.1:PORT".
            if (e.Data is not null && ListeningLine().Match(e.Data) is { Success: true } m) listening.TrySetResult(m.Groups[1].Value);
        };
        process.ErrorDataReceived += (_, _) => { };
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException($"the server exited with {process.ExitCode} before listening"));
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var address = await listening.Task.WaitAsync(TimeSpan.FromMinutes(2));
        return new ServerProcess(process, address, output);
    }

    /// <summary>The server's resident memory now (VmRSS) and at its highest (VmHWM), in MiB, from /proc.</summary>
    public double RssMiB => StatusMiB("VmRSS:");

    public double PeakRssMiB => StatusMiB("VmHWM:");

    private double StatusMiB(string field)
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith(field, StringComparison.Ordinal));
        return double.Parse(line[field.Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) / 1024;
    }

    /// <summary>SIGKILL: no shutdown, no GOAWAY; its connections are simply reset.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();
}
