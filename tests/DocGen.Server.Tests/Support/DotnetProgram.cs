using System.Diagnostics;

namespace DocGen.Server.Tests.Support;

/// <summary>A built .NET program run as a user runs it: its own process, from a folder of the user's.</summary>
internal static class DotnetProgram
{
    /// <summary>Runs <paramref name="dll"/> with <paramref name="args"/> in <paramref name="folder"/>; killed, and a TimeoutException, after two minutes.</summary>
    public static async Task<(int Exit, string Out, string Err)> RunAsync(string dll, string folder, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [dll, .. args])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(dll)} {string.Join(' ', args)} did not end within 2 minutes");
        }
        return (process.ExitCode, await stdout, await stderr);
    }

    /// <summary>The docgen tool beside the test assembly.</summary>
    public static string Docgen => Path.Combine(AppContext.BaseDirectory, "docgen.dll");
}
