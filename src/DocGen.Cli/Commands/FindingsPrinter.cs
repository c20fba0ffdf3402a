using DocGen.Protos.V1;

namespace DocGen.Cli.Commands;

internal static class FindingsPrinter
{
    public static void Print(IEnumerable<Finding> findings, TextWriter output)
    {
        foreach (var f in findings)
            output.WriteLine($"  {f.Severity.ToString().ToLowerInvariant(),-7} {f.Code,-26} {f.Path}: {f.Message}");
    }
}

internal static class StatusNames
{
    private static readonly string[] Names =
    [
        "OK", "CANCELLED", "UNKNOWN", "INVALID_ARGUMENT", "DEADLINE_EXCEEDED", "NOT_FOUND", "ALREADY_EXISTS",
        "PERMISSION_DENIED", "RESOURCE_EXHAUSTED", "FAILED_PRECONDITION", "ABORTED", "OUT_OF_RANGE",
        "UNIMPLEMENTED", "INTERNAL", "UNAVAILABLE", "DATA_LOSS", "UNAUTHENTICATED",
    ];

    public static string Of(int code) => code >= 0 && code < Names.Length ? Names[code] : $"STATUS_{code}";
}
