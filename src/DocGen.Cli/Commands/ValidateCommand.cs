using DocGen.Cli.Requests;
using DocGen.Cli.Backends;
using DocGen.Contracts;
using DocGen.Protos.V1;

namespace DocGen.Cli.Commands;

/// <summary><c>docgen validate FILE.json</c>: prints the findings; exit 1 when any is an error.</summary>
public static class ValidateCommand
{
    public static async Task<int> RunAsync(CliArguments args, IReportBackend backend, TextWriter stdout, CancellationToken ct)
    {
        var file = args.RequirePositional(0, "the request file (RenderRequest JSON)");
        var request = await RequestFile.ReadAsync(file, ct);
        var response = await backend.ValidateAsync(new ValidateRequest { Report = request.Report, SiteCode = request.SiteCode }, ct);
        var edition = DocgenReflection.Descriptor.FindTypeByName<Google.Protobuf.Reflection.EnumDescriptor>("Edition").FindValueByNumber((int)response.Edition).Name;
        stdout.WriteLine($"{file}: {edition}, {response.Findings.Count} finding(s)");
        FindingsPrinter.Print(response.Findings, stdout);
        return response.Findings.Any(f => f.Severity == Finding.Types.Severity.Error) ? 1 : 0;
    }
}
