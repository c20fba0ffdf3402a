using System.Diagnostics;
using System.Text.Json;

namespace DocGen.Pdf.Tests.Fonts;

/// <summary>An embedded TrueType font program (FontFile2), the /FontName of its descriptor and its decoded /CIDSet (null when it has none).</summary>
internal sealed record EmbeddedFontProgram(string FontName, int Length1, SfntReading Program, byte[]? CidSet = null);

/// <summary>Reads a PDF's embedded TrueType font programs back with qpdf (decoded stream data).</summary>
internal static class EmbeddedFontPrograms
{
    public static List<EmbeddedFontProgram> Read(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"docgen-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            using var json = JsonDocument.Parse(QpdfText($"--json --json-stream-data=none {path}"));
            var objects = json.RootElement.GetProperty("qpdf")[1];
            var programs = new List<EmbeddedFontProgram>();
            foreach (var obj in objects.EnumerateObject())
            {
                if (!obj.Value.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.Object
                    || !value.TryGetProperty("/FontFile2", out var file)) continue;
                var id = file.GetString()!.Split(' ')[0];
                var stream = objects.GetProperty($"obj:{file.GetString()}").GetProperty("stream").GetProperty("dict");
                var name = System.Text.RegularExpressions.Regex.Replace(value.GetProperty("/FontName").GetString()!, "#([0-9A-Fa-f]{2})",
                    m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString()); // a PDF name's #xx escapes
                var cidSet = value.TryGetProperty("/CIDSet", out var set) ? QpdfBytes($"--show-object={set.GetString()!.Split(' ')[0]} --filtered-stream-data {path}") : null;
                programs.Add(new EmbeddedFontProgram(name, stream.GetProperty("/Length1").GetInt32(),
                    new SfntReading(QpdfBytes($"--show-object={id} --filtered-stream-data {path}")), cidSet));
            }
            return programs;
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string QpdfText(string arguments) => System.Text.Encoding.UTF8.GetString(QpdfBytes(arguments));

    // qpdf warns (exit code 3) about PDFsharp's deflate streams and still writes the data.
    private static byte[] QpdfBytes(string arguments)
    {
        var start = new ProcessStartInfo("qpdf", arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        using var output = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(output);
        process.WaitForExit();
        if (process.ExitCode is not (0 or 3)) throw new InvalidOperationException($"qpdf {arguments}: {error.Result}");
        return output.ToArray();
    }
}
