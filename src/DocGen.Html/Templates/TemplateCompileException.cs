namespace DocGen.Html.Templates;

/// <summary>A template that does not compile, or fails its trial render: names the file and the 1-based line.</summary>
public sealed class TemplateCompileException(string filePath, int line, string reason, Exception? inner = null)
    : Exception($"{filePath}:{line}: {reason}", inner)
{
    public string FilePath { get; } = filePath;
    public int Line { get; } = line;
    public string Reason { get; } = reason;
}
