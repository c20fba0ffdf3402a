using DocGen.Protos.V1;
using Google.Protobuf.Reflection;

namespace DocGen.Cli.CommandLine;

/// <summary><c>--formats html_page,pdf</c>: the contract's OutputFormat values by name, with or without their prefix.</summary>
public static class OutputFormats
{
    private static readonly EnumDescriptor Descriptor = DocgenReflection.Descriptor.FindTypeByName<EnumDescriptor>("OutputFormat");

    public static readonly string[] Names = Descriptor.Values
        .Where(v => v.Number != 0)
        .Select(v => v.Name.Replace("OUTPUT_FORMAT_", "", StringComparison.Ordinal).ToLowerInvariant())
        .ToArray();

    public static IReadOnlyList<OutputFormat> Parse(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(One).ToArray();

    private static OutputFormat One(string name)
    {
        var value = Descriptor.Values.FirstOrDefault(v => v.Number != 0
            && (string.Equals(v.Name, name, StringComparison.OrdinalIgnoreCase)
                || string.Equals(v.Name.Replace("OUTPUT_FORMAT_", "", StringComparison.Ordinal), name, StringComparison.OrdinalIgnoreCase)));
        return value is not null
            ? (OutputFormat)value.Number
            : throw new CliUsageException($"--formats: \"{name}\" is not one of {string.Join(", ", Names)}");
    }
}
