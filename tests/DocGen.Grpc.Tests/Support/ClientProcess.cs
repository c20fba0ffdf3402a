using System.Diagnostics;
using System.Text;

namespace DocGen.Grpc.Tests.Support;

/// <summary>Runs an interop client script to completion, keeping everything it printed.</summary>
public static class ClientProcess
{
    public sealed record Result(int ExitCode, string Output);

    public static async Task<Result> RunAsync(string fileName, IEnumerable<string> arguments, string workingDirectory,
        TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // Proxies must not intercept loopback calls made by the clients.
        start.Environment["no_proxy"] = start.Environment["NO_PROXY"] = "127.0.0.1,localhost";
        start.Environment["PYTHONDONTWRITEBYTECODE"] = "1";

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var timer = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(timer.Token);
        }
        catch (OperationCanceledException) when (timer.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            lock (output) output.AppendLine($"[killed after {timeout}]");
            return new Result(-1, output.ToString());
        }
        process.WaitForExit(); // drains the redirected output
        lock (output) return new Result(process.ExitCode, output.ToString());
    }
}
