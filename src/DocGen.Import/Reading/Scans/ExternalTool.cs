using System.ComponentModel;
using System.Diagnostics;

namespace DocGen.Import.Reading.Scans;

/// <summary>
/// Runs one of the OCR tools (pdftoppm, tesseract) as a child process, never through a shell, within
/// the import's limits: its memory and CPU time capped by <c>prlimit</c> (util-linux), its wall time by
/// <see cref="ImportLimits.OcrToolTimeLimit"/> and the import's deadline, what it writes by
/// <paramref name="maxOutputBytes"/>. A tool past a limit is killed; a missing tool is an error naming
/// the Debian package that has it.
/// </summary>
internal static class ExternalTool
{
    private const int ErrorBytesKept = 2048;

    public static byte[] Run(string tool, IReadOnlyList<string> arguments, long maxOutputBytes, string what, ImportBudget budget)
    {
        var program = FindOnPath(tool)
            ?? throw new ImportException($"reading a scan needs {tool}, which is not installed (Debian packages: {ImportLimits.OcrPackages})");
        var start = new ProcessStartInfo
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (FindOnPath("prlimit") is { } prlimit)
        {
            start.FileName = prlimit;
            start.ArgumentList.Add($"--as={ImportLimits.OcrToolMemoryBytes}");
            start.ArgumentList.Add($"--cpu={ImportLimits.OcrToolCpuSeconds}");
            start.ArgumentList.Add("--");
            start.ArgumentList.Add(program);
        }
        else
        {
            start.FileName = program;
        }
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // One core per import, as a render takes; Tesseract's OpenMP would take them all.
        start.Environment["OMP_THREAD_LIMIT"] = "1";

        budget.Check();
        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new ImportException($"{what}: {tool} cannot be started ({e.Message}; Debian packages: {ImportLimits.OcrPackages})");
        }
        try
        {
            process.StandardInput.Close();
            var output = new MemoryStream();
            var tooMuch = false;
            var reading = Task.Run(() => tooMuch = !CopyBounded(process.StandardOutput.BaseStream, output, maxOutputBytes));
            var errors = Task.Run(() => Head(process.StandardError.BaseStream));
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(budget.CancellationToken);
            timeout.CancelAfter(ImportLimits.OcrToolTimeLimit);
            try
            {
                reading.Wait(timeout.Token);
                if (tooMuch)
                {
                    Kill(process);
                    throw new ImportException($"{what}: {tool} wrote more than {maxOutputBytes:N0} bytes (the OCR output limit)");
                }
                process.WaitForExitAsync(timeout.Token).GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
                Kill(process);
                budget.Check();
                throw new ImportException($"{what}: {tool} took longer than {ImportLimits.OcrToolTimeLimit.TotalSeconds:N0} s (the OCR time limit) and was stopped");
            }
            if (process.ExitCode != 0)
            {
                var message = errors.Wait(TimeSpan.FromSeconds(1)) ? errors.Result : "";
                var why = process.ExitCode > 128
                    ? $"stopped by a limit (signal {process.ExitCode - 128}; memory {ImportLimits.OcrToolMemoryBytes / (1024 * 1024):N0} MiB, CPU {ImportLimits.OcrToolCpuSeconds} s)"
                    : $"exit status {process.ExitCode}";
                var hint = message.Contains("traineddata", StringComparison.Ordinal) ? $" (Debian packages: {ImportLimits.OcrPackages})" : "";
                throw new ImportException($"{what}: {tool} failed, {why}{(message.Length > 0 ? ": " + message : "")}{hint}");
            }
            return output.ToArray();
        }
        finally
        {
            Kill(process);
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Exited between the check and the kill.
        }
    }

    /// <summary>Copies until the end or the limit; false when the tool wrote more than <paramref name="limit"/>.</summary>
    private static bool CopyBounded(Stream from, MemoryStream to, long limit)
    {
        var buffer = new byte[81920];
        int read;
        while ((read = from.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (to.Length + read > limit) return false;
            to.Write(buffer, 0, read);
        }
        return true;
    }

    /// <summary>The first line of what the tool wrote on stderr (the rest read and dropped, so it never blocks).</summary>
    private static string Head(Stream from)
    {
        var kept = new MemoryStream();
        var buffer = new byte[4096];
        int read;
        while ((read = from.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (kept.Length < ErrorBytesKept) kept.Write(buffer, 0, (int)Math.Min(read, ErrorBytesKept - kept.Length));
        }
        var text = System.Text.Encoding.UTF8.GetString(kept.ToArray());
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
    }

    private static string? FindOnPath(string tool)
    {
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            var path = Path.Combine(folder, tool);
            if (File.Exists(path)) return path;
        }
        return null;
    }
}
