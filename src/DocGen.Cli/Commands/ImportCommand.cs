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
/// <c>docgen import FILES|DIRS -o OUT [--site CODE] [--allow-gaps]</c>, in process: one RenderRequest
/// JSON per published report (request_id from the file name; a second file with the same name is
/// written apart as <c>&lt;id&gt;-2</c> and the summary says so), its notes beside it as
/// <c>&lt;request_id&gt;.notes.tsv</c>, a progress bar, a summary table counting the figures actually
/// read per table, the cross-year check over what was imported. Exit 1 when any input could not be
/// imported; else 3 when any was imported with gaps (a national table not found) unless
/// <c>--allow-gaps</c>; else 0.
/// </summary>
public static class ImportCommand
{
    private static readonly string[] Extensions = [".html", ".htm", ".shtml", ".txt", ".pdf"];

    /// <summary>The exit status when every input was imported but some with gaps (and --allow-gaps was not given).</summary>
    public const int GapsExitCode = 3;

    public static async Task<int> RunAsync(CliArguments args, ImportApi api, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        if (args.Positional.Count == 0) throw new CliUsageException("missing the files or folders to import");
        var output = args.Option("output") ?? throw new CliUsageException("missing -o OUT (the folder for the RenderRequest files)");
        var site = args.Option("site") ?? "";
        var allowGaps = args.Flag("allow-gaps");
        var inputs = Inputs(args.Positional);
        // Checked before reading anything: a wrong code would only fail the later batch, file by file.
        if (site.Length > 0) RequireSite(site, TemplatesFolder.Resolve(args.Option("templates"), Directory.GetCurrentDirectory(), AppContext.BaseDirectory));
        Directory.CreateDirectory(output);

        var progress = new ProgressReporter(inputs.Count, stderr, interactive: !Console.IsErrorRedirected);
        var rows = new List<SummaryRow>();
        var imported = new List<(string File, DocGen.Core.Model.AnnualReport Report)>();
        var written = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var renamed = new List<string>();
        var contradictions = new List<(string File, Finding Finding)>();
        foreach (var file in inputs)
        {
            ct.ThrowIfCancellationRequested();
            var request = new ImportRequest { Document = ByteString.CopyFrom(await File.ReadAllBytesAsync(file, ct)), FileName = file, SiteCode = site };
            try
            {
                var response = api.Import(request, ct);
                var id = ApartFrom(written, response.Request.RequestId);
                if (id != response.Request.RequestId)
                {
                    renamed.Add($"{file}: written as {id} ({response.Request.RequestId} is {written[response.Request.RequestId]})");
                    response.Request.RequestId = id;
                }
                written[id] = file;
                await File.WriteAllTextAsync(Path.Combine(output, id + ".json"), RequestJson.Format(response.Request), ct);
                await File.WriteAllLinesAsync(Path.Combine(output, id + ".notes.tsv"),
                    ["path\tfound\twhere\tmessage", .. response.Notes.Select(n => $"{n.Path}\t{Tsv(n.Found)}\t{Tsv(n.Where)}\t{Tsv(n.Message)}")], ct);
                imported.Add((file, ReportMapper.ToDomain(response.Request.Report)));
                // A published text contradicting its own tables is what an archive's reader most needs to see, so it is listed, not only counted.
                // So is a check that stopped before the end of a long narrative: the list may be incomplete.
                contradictions.AddRange(response.Findings.Where(f => f.Code is FindingCodes.NarrativeTableMismatch or FindingCodes.NarrativeCheckStopped).Select(f => (file, f)));
                var figures = ImportFigures.Of(response);
                rows.Add(new SummaryRow(file, EditionName(response.Edition), figures, response.Notes.Count,
                    response.Findings.Count(f => f.Severity == Finding.Types.Severity.Error),
                    response.Findings.Count(f => f.Severity == Finding.Types.Severity.Warning), ""));
                progress.Completed(failed: false, skipped: false);
            }
            catch (ApiException e)
            {
                rows.Add(new SummaryRow(file, "", new ImportFigures([]), 0, 0, 0, e.Message));
                progress.Completed(failed: true, skipped: false);
            }
        }
        progress.Finish();

        SummaryRow.Print(rows, stdout);
        foreach (var (file, finding) in contradictions)
            stdout.WriteLine($"{file}: {finding.Code} {finding.Path}: {finding.Message}");
        foreach (var (file, finding) in CrossYear(imported))
            stdout.WriteLine($"{file}: {finding.Code} {finding.Path}: {finding.Message}");
        foreach (var line in renamed) stdout.WriteLine(line);
        var failed = rows.Count(r => r.Error.Length > 0);
        var gaps = rows.Count(r => r.Error.Length == 0 && r.Figures.HasGaps);
        stdout.WriteLine($"{rows.Count - failed - gaps} imported, {gaps} imported with gaps, {failed} failed"
            + (renamed.Count > 0 ? $", {renamed.Count} renamed apart" : "") + $"; requests in {output}");
        return failed > 0 ? 1 : gaps > 0 && !allowGaps ? GapsExitCode : 0;
    }

    /// <summary>The id itself when no earlier input was written under it, else the first free "id-2", "id-3", ….</summary>
    private static string ApartFrom(Dictionary<string, string> written, string id)
    {
        if (!written.ContainsKey(id)) return id;
        for (var n = 2; ; n++)
        {
            if (!written.ContainsKey($"{id}-{n}")) return $"{id}-{n}";
        }
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

    private sealed record SummaryRow(string File, string Edition, ImportFigures Figures, int Notes, int Errors, int Warnings, string Error)
    {
        public static void Print(List<SummaryRow> rows, TextWriter output)
        {
            var width = Math.Max(4, rows.Select(r => r.File.Length).DefaultIfEmpty(4).Max());
            output.WriteLine($"{"file".PadRight(width)}  {"edition",-12} {"figures",9} {"notes",6} {"errors",7} {"warnings",9}  tables");
            foreach (var r in rows)
            {
                output.WriteLine(r.Error.Length > 0
                    ? $"{r.File.PadRight(width)}  not imported: {r.Error}"
                    : $"{r.File.PadRight(width)}  {r.Edition,-12} {r.Figures.Total,9} {r.Notes,6} {r.Errors,7} {r.Warnings,9}  {r.Figures.PerTable}"
                        + (r.Figures.HasGaps ? "  imported with gaps" : ""));
            }
        }
    }
}
