using System.Diagnostics;

namespace DocGen.Pdf.Tests.Support;

/// <summary>
/// Apache PDFBox Preflight (Debian libpdfbox2-java), the PDF/A-1b validator, run on several files in
/// one JVM start (its "group" mode reads the paths from a list file).
/// </summary>
internal static class Preflight
{
    private static readonly string[] Jars =
        ["preflight", "pdfbox2", "fontbox2", "xmpbox", "commons-logging", "javax.activation", "jaxb-api"];

    public sealed record Verdict(string Name, bool Valid, IReadOnlyList<string> Errors);

    /// <summary>Every file's verdict, by the name given; throws when Preflight cannot be started or says nothing about a file.</summary>
    public static IReadOnlyDictionary<string, Verdict> Validate(IReadOnlyDictionary<string, byte[]> pdfs)
    {
        var folder = Directory.CreateTempSubdirectory("docgen-preflight-");
        try
        {
            var list = Path.Combine(folder.FullName, "files.txt");
            foreach (var (name, pdf) in pdfs) File.WriteAllBytes(Path.Combine(folder.FullName, name + ".pdf"), pdf);
            File.WriteAllLines(list, pdfs.Keys.Select(n => Path.Combine(folder.FullName, n + ".pdf")));

            var start = new ProcessStartInfo("java")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                ArgumentList = { "-cp", string.Join(':', Jars.Select(j => $"/usr/share/java/{j}.jar")), "org.apache.pdfbox.preflight.Validator_A1b", "group", list },
            };
            using var process = Process.Start(start) ?? throw new InvalidOperationException("java could not be started");
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();

            var verdicts = Parse(output);
            foreach (var name in pdfs.Keys)
                if (!verdicts.ContainsKey(name)) throw new InvalidOperationException($"Preflight gave no verdict on {name}.pdf (exit {process.ExitCode}): {output}\n{error.Result}");
            // The exit status is the OR of the files' statuses: it must agree with the verdicts.
            if ((process.ExitCode == 0) != verdicts.Values.All(v => v.Valid)) throw new InvalidOperationException($"Preflight exit {process.ExitCode} contradicts its report: {output}");
            return verdicts;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    // "The file X.pdf is a valid PDF/A-1b file" or "The file X.pdf is not a valid PDF/A-1b file, error(s) :"
    // followed by one "code : details" line per error.
    private static Dictionary<string, Verdict> Parse(string output)
    {
        var verdicts = new Dictionary<string, Verdict>(StringComparer.Ordinal);
        string? current = null;
        var errors = new List<string>();
        void Close()
        {
            if (current is not null) verdicts[current] = new Verdict(current, false, [.. errors]);
            current = null;
            errors.Clear();
        }
        foreach (var line in output.Split('\n').Select(l => l.TrimEnd('\r')))
        {
            if (line.StartsWith("The file ", StringComparison.Ordinal))
            {
                Close();
                var name = line["The file ".Length..line.IndexOf(".pdf is ", StringComparison.Ordinal)];
                if (line.EndsWith(" is a valid PDF/A-1b file", StringComparison.Ordinal)) verdicts[name] = new Verdict(name, true, []);
                else current = name;
            }
            else if (current is not null && line.Length > 0) errors.Add(line);
        }
        Close();
        return verdicts;
    }
}
