namespace DocGen.Html.Templates;

/// <summary>A template that failed while rendering (an error, or a sandbox limit passed): names the file and the 1-based line and column.</summary>
public sealed class TemplateRenderException(string filePath, int line, int column, string reason, Exception? inner = null)
    : Exception($"{filePath}:{line}:{column}: {reason}", inner)
{
    public string FilePath { get; } = filePath;
    public int Line { get; } = line;
    public int Column { get; } = column;
    public string Reason { get; } = reason;
}
