using System.Diagnostics;

namespace DocGen.Admin.Tests.Support;

/// <summary>A PDF's text as poppler's pdftotext reads it (pages separated by form feeds).</summary>
public static class PdfText
{
    public static string Of(byte[] pdf)
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(file, pdf);
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", file, "-"]) { RedirectStandardOutput = true })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return text;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
