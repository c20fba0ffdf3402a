namespace DocGen.Core.Validation;

/// <summary>Shorthands for the rules' findings that carry no figures.</summary>
internal static class Findings
{
    public static Finding Error(string code, string path, string message) => new(FindingSeverity.Error, code, path, message);

    public static Finding Warning(string code, string path, string message) => new(FindingSeverity.Warning, code, path, message);
}
