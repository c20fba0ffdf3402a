namespace DocGen.Sites;

/// <summary>A site's file that cannot be used: names the file and the 1-based line.</summary>
public sealed class SiteFileException(string filePath, int line, string reason, Exception? inner = null)
    : Exception($"{filePath}:{line}: {reason}", inner)
{
    public string FilePath { get; } = filePath;
    public int Line { get; } = line;
    public string Reason { get; } = reason;
}
