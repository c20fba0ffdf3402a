using DocGen.Cli.CommandLine;
using DocGen.Cli.Requests;
using DocGen.Cli.Backends;
using DocGen.Cli.Batch;
using DocGen.Contracts;

namespace DocGen.Cli.Commands;

/// <summary><c>docgen render FILE.json -o DIR</c>: one request, its outputs written to DIR.</summary>
public static class RenderCommand
{
    public static async Task<int> RunAsync(CliArguments args, IReportBackend backend, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var file = args.RequirePositional(0, "the request file (RenderRequest JSON)");
        var outDir = args.Option("output") ?? ".";
        var request = await RequestFile.ReadAsync(file, ct);
        if (string.IsNullOrEmpty(request.RequestId)) request.RequestId = Path.GetFileNameWithoutExtension(file);
        if (args.Option("formats") is { } formats)
        {
            request.Formats.Clear();
            request.Formats.AddRange(OutputFormats.Parse(formats));
        }
        try
        {
            var response = await backend.RenderAsync(request, ct);
            foreach (var path in new OutputStore(outDir).Write(request, response)) stdout.WriteLine(path);
            FindingsPrinter.Print(response.Findings, stderr);
            return 0;
        }
        catch (BackendException e)
        {
            stderr.WriteLine($"{request.RequestId}: {StatusNames.Of(e.Code)}: {e.Message}");
            FindingsPrinter.Print(e.Findings, stderr);
            return 1;
        }
    }
}
