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

    /// <summary>pdftotext -bbox-layout's XHTML: pages, blocks, lines and words with their boxes.</summary>
    public static string BboxLayout(byte[] pdf) => Run("pdftotext", "-bbox-layout -enc UTF-8 {0} -", pdf).Output;

    public static (int ExitCode, string Output) QpdfCheck(byte[] pdf) => Run("qpdf", "--check {0}", pdf);

    /// <summary>qpdf --json (objects and pages) of the file, parsed.</summary>
    public static System.Text.Json.JsonDocument QpdfJson(byte[] pdf)
    {
        var (exitCode, output) = Run("qpdf", "--json --json-stream-data=none {0}", pdf);
        if (exitCode != 0) throw new InvalidOperationException(output);
        return System.Text.Json.JsonDocument.Parse(output);
    }

    /// <summary>pdffonts rows (name, type, encoding, emb, sub, uni …), header lines skipped.</summary>
    public static List<string[]> Fonts(byte[] pdf) =>
        Run("pdffonts", "{0}", pdf).Output.Split('\n').Skip(2).Where(l => l.Trim().Length > 0)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();

    /// <summary>The embedded fonts' names as pdffonts prints them (spaces kept), without the subset tag: "FandolFang Regular Compact".</summary>
    public static List<string> FontNames(byte[] pdf)
    {
        var lines = Run("pdffonts", "{0}", pdf).Output.Split('\n');
        var width = lines[1].IndexOf(' '); // the dashes under "name"
        return lines.Skip(2).Where(l => l.Length > width).Select(l => l[..width].Trim()).Select(n => n[(n.IndexOf('+') + 1)..]).ToList();
    }

    /// <summary>The decoded XMP metadata stream of the document catalog.</summary>
    public static string Xmp(byte[] pdf, string metadataRef) =>
        Run("qpdf", $"--show-object={metadataRef.Split(' ')[0]} --filtered-stream-data {{0}}", pdf).Output;

    /// <summary>
    /// The XMP properties as exiftool (Debian libimage-exiftool-perl) reads the packet: "group:Name" →
    /// value, e.g. "XMP-dc:Publisher". A namespace exiftool does not know is grouped by its prefix.
    /// </summary>
    public static Dictionary<string, string> XmpByExiftool(byte[] pdf)
    {
        var (exitCode, output) = Run("exiftool", "-j -G1 -XMP:all -charset UTF8 {0}", pdf);
        if (exitCode != 0) throw new InvalidOperationException(output);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        return json.RootElement[0].EnumerateObject().Where(p => p.Name.StartsWith("XMP-", StringComparison.Ordinal))
            .ToDictionary(p => p.Name, p => p.Value.ValueKind == System.Text.Json.JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText());
    }

    /// <summary>The decoded content stream(s) of one page (1-based).</summary>
    public static string PageContent(byte[] pdf, int page)
    {
        using var json = QpdfJson(pdf);
        var contents = json.RootElement.GetProperty("pages")[page - 1].GetProperty("contents");
        return string.Concat(contents.EnumerateArray().Select(c =>
            Run("qpdf", $"--show-object={c.GetString()!.Split(' ')[0]} --filtered-stream-data {{0}}", pdf).Output));
    }

    /// <summary>The /URI of every link annotation's action, as qpdf reads them (text strings are "u:…").</summary>
    public static List<string> LinkUris(byte[] pdf)
    {
        using var json = QpdfJson(pdf);
        var objects = json.RootElement.GetProperty("qpdf")[1];
        var uris = new List<string>();
        foreach (var obj in objects.EnumerateObject())
        {
            if (!obj.Value.TryGetProperty("value", out var value) || value.ValueKind != System.Text.Json.JsonValueKind.Object) continue;
            if (!value.TryGetProperty("/Subtype", out var subtype) || subtype.GetString() != "/Link") continue;
            if (value.TryGetProperty("/A", out var action) && action.ValueKind == System.Text.Json.JsonValueKind.Object && action.TryGetProperty("/URI", out var uri))
                uris.Add(uri.GetString()!.StartsWith("u:", StringComparison.Ordinal) ? uri.GetString()![2..] : uri.GetString()!);
        }
        return uris;
    }

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

/// <summary>One text line as pdftotext -bbox-layout places it: its words joined, its box in points from the page's top left.</summary>
internal sealed record PdfTextLine(string Text, double XMin, double YMin, double XMax, double YMax);

/// <summary>The lines of every page of a PDF, read back with pdftotext -bbox-layout.</summary>
internal static class PdfLines
{
    public static List<List<PdfTextLine>> Read(byte[] pdf)
    {
        var xhtml = PdfTools.BboxLayout(pdf);
        var document = System.Xml.Linq.XDocument.Parse(xhtml);
        System.Xml.Linq.XNamespace ns = "http://www.w3.org/1999/xhtml";
        double At(System.Xml.Linq.XElement e, string name) => double.Parse(e.Attribute(name)!.Value, System.Globalization.CultureInfo.InvariantCulture);
        return document.Descendants(ns + "page").Select(page => page.Descendants(ns + "line").Select(line => new PdfTextLine(
            string.Concat(line.Elements(ns + "word").Select(w => w.Value)),
            At(line, "xMin"), At(line, "yMin"), At(line, "xMax"), At(line, "yMax"))).ToList()).ToList();
    }
}
