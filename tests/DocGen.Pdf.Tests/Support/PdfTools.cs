using System.Diagnostics;
using System.Text.RegularExpressions;

namespace DocGen.Pdf.Tests.Support;

/// <summary>Reads rendered PDFs back with poppler and qpdf, as a reader or an archive would.</summary>
internal static partial class PdfTools
{
    /// <summary>pdftotext output; <paramref name="mode"/> is "-layout" (as printed) or "-raw" (content order).</summary>
    public static string Text(byte[] pdf, string mode = "-layout", int? page = null)
    {
        var pages = page is { } p ? $"-f {p} -l {p} " : "";
        return Run("pdftotext", $"{mode} {pages}-enc UTF-8 {{0}} -", pdf).Output;
    }

    public static (int ExitCode, string Output) QpdfCheck(byte[] pdf) => Run("qpdf", "--check {0}", pdf);

    /// <summary>Text with all whitespace removed: wrapped lines join back up.</summary>
    public static string Squeeze(string text) => Whitespace().Replace(text, "");

    /// <summary>The numbers in reading order (12.35, 1330, -2 …).</summary>
    public static List<string> Numbers(string text) => Number().Matches(text).Select(m => m.Value).ToList();

    /// <summary>True when <paramref name="expected"/> occur in <paramref name="actual"/> in this order (others may come between).</summary>
    public static bool InOrder(IReadOnlyList<string> actual, IEnumerable<string> expected, out string missing)
    {
        var at = 0;
        foreach (var e in expected)
        {
            while (at < actual.Count && actual[at] != e) at++;
            if (at == actual.Count) { missing = e; return false; }
            at++;
        }
        missing = "";
        return true;
    }

    private static (int ExitCode, string Output) Run(string tool, string argsFormat, byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"docgen-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            var start = new ProcessStartInfo(tool, string.Format(argsFormat, path))
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = System.Text.Encoding.UTF8,
            };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output + error);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"-?\d+(?:\.\d+)?")]
    private static partial Regex Number();
}
