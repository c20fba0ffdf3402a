namespace DocGen.Html.Templates;

/// <summary>A template that does not parse, or fails its trial render: names the file and the 1-based line and column.</summary>
public sealed class TemplateCompileException(string filePath, int line, int column, string reason, Exception? inner = null)
    : Exception($"{filePath}:{line}:{column}: {reason}", inner)
{
    public string FilePath { get; } = filePath;
    public int Line { get; } = line;
    public int Column { get; } = column;
    public string Reason { get; } = reason;
}
