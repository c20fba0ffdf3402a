using DocGen.Api;
using DocGen.Sites;
using DocGen.Cli.Batch;
using DocGen.Contracts;
using DocGen.Core.Layout;
using CrossYearRules = DocGen.Core.Validation.CrossYearRules;
using FindingCodes = DocGen.Core.Validation.FindingCodes;
using DocGen.Protos.V1;
using Google.Protobuf;
using CoreEdition = DocGen.Core.Model.Edition;

namespace DocGen.Cli.Commands;

/// <summary>
/// <c>docgen import FILES|DIRS -o OUT [--site CODE]</c>, in process: one RenderRequest JSON per
/// published report (request_id from the file name), its notes beside it as
/// <c>&lt;request_id&gt;.notes.tsv</c>, a progress bar, a summary table, the cross-year check over
/// what was imported; exit 1 when any input could not be imported.
/// </summary>
public static class ImportCommand
{
    private static readonly string[] Extensions = [".html", ".htm", ".shtml", ".txt", ".pdf"];

    public static async Task<int> RunAsync(CliArguments args, ImportApi api, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        if (args.Positional.Count == 0) throw new CliUsageException("missing the files or folders to import");
        var output = args.Option("output") ?? throw new CliUsageException("missing -o OUT (the folder for the RenderRequest files)");
        var site = args.Option("site") ?? "";
        var inputs = Inputs(args.Positional);
        // Checked before reading anything: a wrong code would only fail the later batch, file by file.
        if (site.Length > 0) RequireSite(site, TemplatesFolder.Resolve(args.Option("templates"), Directory.GetCurrentDirectory(), AppContext.BaseDirectory));
        Directory.CreateDirectory(output);

        var progress = new ProgressReporter(inputs.Count, stderr, interactive: !Console.IsErrorRedirected);
        var rows = new List<SummaryRow>();
        var imported = new List<(string File, DocGen.Core.Model.AnnualReport Report)>();
        var contradictions = new List<(string File, Finding Finding)>();
        foreach (var file in inputs)
        {
            ct.ThrowIfCancellationRequested();
            var request = new ImportRequest { Document = ByteString.CopyFrom(await File.ReadAllBytesAsync(file, ct)), FileName = file, SiteCode = site };
            try
            {
                var response = api.Import(request, ct);
                var id = response.Request.RequestId;
                await File.WriteAllTextAsync(Path.Combine(output, id + ".json"), RequestJson.Format(response.Request), ct);
                await File.WriteAllLinesAsync(Path.Combine(output, id + ".notes.tsv"),
                    ["path\tfound\twhere\tmessage", .. response.Notes.Select(n => $"{n.Path}\t{Tsv(n.Found)}\t{Tsv(n.Where)}\t{Tsv(n.Message)}")], ct);
                imported.Add((file, ReportMapper.ToDomain(response.Request.Report)));
                // A published text contradicting its own tables is what an archive's reader most needs to see, so it is listed, not only counted.
                contradictions.AddRange(response.Findings.Where(f => f.Code == FindingCodes.NarrativeTableMismatch).Select(f => (file, f)));
                rows.Add(new SummaryRow(file, EditionName(response.Edition), FiguresRead(response), response.Notes.Count,
                    response.Findings.Count(f => f.Severity == Finding.Types.Severity.Error),
                    response.Findings.Count(f => f.Severity == Finding.Types.Severity.Warning), ""));
                progress.Completed(failed: false, skipped: false);
            }
            catch (ApiException e)
            {
                rows.Add(new SummaryRow(file, "", "", 0, 0, 0, e.Message));
                progress.Completed(failed: true, skipped: false);
            }
        }
        progress.Finish();

        SummaryRow.Print(rows, stdout);
        foreach (var (file, finding) in contradictions)
            stdout.WriteLine($"{file}: {finding.Code} {finding.Path}: {finding.Message}");
        foreach (var (file, finding) in CrossYear(imported))
            stdout.WriteLine($"{file}: {finding.Code} {finding.Path}: {finding.Message}");
        var failed = rows.Count(r => r.Error.Length > 0);
        stdout.WriteLine($"{rows.Count - failed} imported, {failed} failed; requests in {output}");
        return failed > 0 ? 1 : 0;
    }

    private static void RequireSite(string code, string templatesRoot)
    {
        using var registry = new SiteRegistry(templatesRoot, options: new SiteRegistryOptions { Watch = false, StampCheckInterval = null });
        if (registry.TryGetSite(code, out _)) return;
        var known = string.Join(", ", registry.Sites.Select(s => s.SiteCode).Order(StringComparer.Ordinal));
        throw new CliUsageException($"--site {code}: no such site in {templatesRoot} (its sites: {known})");
    }

    private static List<string> Inputs(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                    .Order(StringComparer.Ordinal));
            else if (File.Exists(path))
                files.Add(path);
            else
                throw new CliUsageException($"{path}: no such file or folder");
        }
        return files;
    }

    /// <summary>Table cells of the edition read (not left out), as "read/all"; "" for LEGACY reports.</summary>
    private static string FiguresRead(ImportResponse response)
    {
        var edition = (CoreEdition)(int)response.Edition;
        if (edition is not (CoreEdition.Edition2019 or CoreEdition.Edition2021)) return "";
        var paths = NationalLayout.Tables(edition).SelectMany(t => t.Bindings).Select(b => b.Path).ToList();
        var missing = response.Notes.Where(n => n.Message.Contains("left out", StringComparison.Ordinal)).Select(n => n.Path).ToHashSet(StringComparer.Ordinal);
        return $"{paths.Count(p => !missing.Contains(p))}/{paths.Count}";
    }

    /// <summary>Year Y against year Y−1 of the same agency, among the reports just imported.</summary>
    private static IEnumerable<(string File, Finding Finding)> CrossYear(List<(string File, DocGen.Core.Model.AnnualReport Report)> imported)
    {
        foreach (var (file, report) in imported)
        {
            foreach (var (previousFile, previous) in imported.Where(p => CrossYearRules.Follows(report, p.Report)))
            {
                foreach (var finding in CrossYearRules.Check(report, previous))
                    yield return ($"{file} ↔ {previousFile}", FindingMapper.ToProto(finding));
            }
        }
    }

    private static string EditionName(Edition edition) =>
        DocgenReflection.Descriptor.FindTypeByName<Google.Protobuf.Reflection.EnumDescriptor>("Edition").FindValueByNumber((int)edition).Name;

    private static string Tsv(string text) => text.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');

    private sealed record SummaryRow(string File, string Edition, string Figures, int Notes, int Errors, int Warnings, string Error)
    {
        public static void Print(List<SummaryRow> rows, TextWriter output)
        {
            var width = Math.Max(4, rows.Select(r => r.File.Length).DefaultIfEmpty(4).Max());
            output.WriteLine($"{"file".PadRight(width)}  {"edition",-12} {"figures",9} {"notes",6} {"errors",7} {"warnings",9}");
            foreach (var r in rows)
            {
                output.WriteLine(r.Error.Length > 0
                    ? $"{r.File.PadRight(width)}  not imported: {r.Error}"
                    : $"{r.File.PadRight(width)}  {r.Edition,-12} {r.Figures,9} {r.Notes,6} {r.Errors,7} {r.Warnings,9}");
            }
        }
    }
}
