using System.Diagnostics;

namespace DocGen.Ofd.Tests.Support;

/// <summary>The PDF read back with poppler: text per page, pages as PNG.</summary>
internal static class Poppler
{
    public static string Text(byte[] pdf, int page) => Run("pdftotext", ["-raw", "-f", $"{page}", "-l", $"{page}", "-enc", "UTF-8", "{pdf}", "-"], pdf).Output;

    /// <summary>Page <paramref name="page"/> (1-based) as a PNG of exactly <paramref name="width"/> × <paramref name="height"/> pixels.</summary>
    public static byte[] Png(byte[] pdf, int page, int width, int height)
    {
        var folder = Directory.CreateTempSubdirectory("docgen-ofd-");
        try
        {
            var prefix = Path.Combine(folder.FullName, "page");
            Run("pdftoppm", ["-scale-to-x", $"{width}", "-scale-to-y", $"{height}", "-f", $"{page}", "-l", $"{page}", "-png", "-singlefile", "{pdf}", prefix], pdf);
            return File.ReadAllBytes(prefix + ".png");
        }
        finally { folder.Delete(recursive: true); }
    }

    /// <summary>The PDF's outline titles and their pages (1-based), as pdfinfo -dests does not give them: from qpdf's JSON.</summary>
    public static IReadOnlyList<string> OutlineTitles(byte[] pdf)
    {
        var output = Run("qpdf", ["--json", "--json-key=outlines", "{pdf}"], pdf).Output;
        using var json = System.Text.Json.JsonDocument.Parse(output);
        return [.. json.RootElement.GetProperty("outlines").EnumerateArray().Select(o => o.GetProperty("title").GetString()!)];
    }

    private static (int ExitCode, string Output) Run(string tool, string[] args, byte[] pdf)
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(file, pdf);
            var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = System.Text.Encoding.UTF8 };
            foreach (var a in args) start.ArgumentList.Add(a == "{pdf}" ? file : a);
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(60_000)) { process.Kill(); throw new TimeoutException($"{tool} ran over a minute"); }
            if (process.ExitCode != 0) throw new InvalidOperationException($"{tool} exited {process.ExitCode}: {stderr.Result}");
            return (process.ExitCode, stdout.Result);
        }
        finally { File.Delete(file); }
    }
}
